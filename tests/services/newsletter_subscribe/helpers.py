"""Reading the newsletter's store back and its e-mails' links, for the tests."""

from polepatrimoine.content.newsletter import subscribers

import re
import transaction


def state_of(email: str) -> str | None:
    """The stored state, read in a fresh transaction (what the server committed)."""
    transaction.abort()
    subscriber = subscribers.store().get(email)
    return subscriber.state if subscriber is not None else None


def link(message, view: str) -> str:
    body = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://\S+/{view}/[\w-]+", body).group(0)


def path_of(url: str, portal_url: str) -> str:
    return url[len(portal_url) :].lstrip("/")
