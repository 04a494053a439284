"""The audit log of personal-data requests: who did what, when, for whom; never the data."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from persistent.list import PersistentList
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content import _
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import alsoProvides
from zope.interface import implementer


KEY = "polepatrimoine.personaldata.log"
ACTION_TITLES = {
    "search": _("Search"),
    "export": _("Export"),
    "erase": _("Erasure"),
    "my-data": _("Own data downloaded"),
}
ACTIONS = tuple(ACTION_TITLES)


def _entries(create: bool = False):
    return stored(api.portal.get(), KEY, PersistentList, create)


def append(
    action: str,
    email: str,
    stores=(),
    counts: dict | None = None,
    reason: str = "",
    request=None,
    actor: str | None = None,
) -> dict:
    """Record one action of the current user about the person ``email``.

    ``stores`` are the stores reached and ``counts`` how many records each
    held or treated: numbers only, never what was found. On a GET (a page, a
    download) the entry is the one write: plone.protect is told so through
    ``request``, rather than answer a confirmation page instead of the data.
    ``actor`` replaces the current user's id (a person reading their own data
    is named by the address, not by an id made from their name).
    """
    if request is not None:
        alsoProvides(request, IDisableCSRFProtection)
    assert action in ACTIONS, action
    user = api.user.get_current()
    entry = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "actor": actor or user.getId() or user.getUserName(),
        "action": action,
        "email": email,
        "stores": sorted(stores),
        "counts": {name: int(n) for name, n in sorted((counts or {}).items())},
        "reason": reason,
    }
    _entries(create=True).append(entry)
    return entry


def entries() -> list[dict]:
    """Every entry, newest first (copies: the log is never changed through them)."""
    return [dict(entry) for entry in reversed(_entries() or ())]


# Proof that a request was answered is kept for the period during which the
# CNIL may ask for it, then dropped.
KEPT_YEARS = 5


@implementer(IPersonalDataProvider)
class RequestsLogProvider:
    """The log itself names the people whose requests were answered."""

    title = _("Log of personal-data requests")
    purpose = _("Prove that access and erasure requests were answered.")
    legal_basis = _("Legal obligation (RGPD articles 5.2 and 12).")
    categories = (_("e-mail address of the person the request was about"),)
    recipients = _("The network's coordinators.")
    retention = _(
        "5 years after the request; an erasure keeps the entry, which proves it "
        "was done."
    )
    retention_settings = ()
    stores = (f"annotation:{KEY}",)

    def _about(self, person) -> list[dict]:
        return [e for e in entries() if person.matches(email=e["email"])]

    def find(self, person) -> list:
        return [
            {
                "title": _(
                    "Request: ${action}",
                    mapping={"action": ACTION_TITLES[e["action"]]},
                ),
                "url": None,
                "summary": e["date"][:10],
            }
            for e in self._about(person)
        ]

    def export(self, person) -> list:
        return self._about(person)

    def erase(self, person) -> int:
        return 0

    def purge(self, now, dry_run=False) -> int:
        log = _entries()
        if not log:
            return 0
        now = now.astimezone(UTC)
        limit = (now - timedelta(days=365 * KEPT_YEARS + 1)).isoformat(
            timespec="seconds"
        )
        old = [e for e in log if e["date"] < limit]
        if old and not dry_run:
            log[:] = [e for e in log if e["date"] >= limit]
        return len(old)
