"""The secret of each member's private calendar feed: made, looked up, revoked.

Tokens are kept twice in an annotation of the site: user id -> token (the
member sees their feed's address) and SHA-256 of the token -> user id (the
lookup, whose timing depends on a hash, not on the secret). The token found
is then compared with the one given in constant time.
"""

from BTrees.OOBTree import OOBTree
from persistent.mapping import PersistentMapping
from plone import api
from polepatrimoine.content.common.annotations import stored

import hashlib
import hmac
import secrets


TOKENS_KEY = "polepatrimoine.notifications.tokens"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _new_store() -> PersistentMapping:
    return PersistentMapping({"by_user": OOBTree(), "by_digest": OOBTree()})


def _store(create=False):
    return stored(api.portal.get(), TOKENS_KEY, _new_store, create)


def token_of(userid: str) -> str | None:
    store = _store()
    return store["by_user"].get(userid) if store is not None else None


def revoke(userid: str) -> bool:
    """The user's feed answers 404 from now on; False when there was none."""
    store = _store()
    token = token_of(userid)
    if token is None:
        return False
    del store["by_user"][userid]
    store["by_digest"].pop(_digest(token), None)
    return True


def regenerate(userid: str) -> str:
    """A new token for the user; the previous one stops working."""
    revoke(userid)
    store = _store(create=True)
    token = secrets.token_urlsafe(32)
    store["by_user"][userid] = token
    store["by_digest"][_digest(token)] = userid
    return token


def owner(token) -> str | None:
    """The user id whose feed ``token`` opens, or None."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    store = _store()
    if store is None:
        return None
    userid = store["by_digest"].get(_digest(token))
    if userid is None:
        return None
    expected = store["by_user"].get(userid) or ""
    if not hmac.compare_digest(expected.encode(), token.encode("utf-8", "replace")):
        return None
    return userid
