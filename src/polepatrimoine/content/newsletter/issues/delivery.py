"""An issue's sending state and its recipients, stored on the issue.

The state goes ``draft`` → ``queued`` (a coordinator asked, nothing sent yet)
→ ``sending`` (the command took its recipients) → ``sent`` (nobody left).
Each recipient is ``pending`` until the SMTP server accepted (``sent``) or
refused for good (``failed``); ``skipped`` when they left before their turn.
Just before its message is handed to the server, a recipient is committed
``in_flight``; a run that finds one left by a crash makes it ``uncertain``
and never sends it again (at most one copy each).
Recipients are known by their subscriber's token, never by their address:
the issue keeps no personal data, and a subscriber erased from the store
leaves nothing here that points to them.
"""

from BTrees.OOBTree import OOBTree
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from persistent import Persistent
from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations


KEY = "polepatrimoine.newsletter.delivery"
# Temporary refusals (4xx) are retried by this many runs; an unreachable server
# costs no try (the next run starts again where this one stopped).
MAX_ATTEMPTS = 5
# A run holds the issue this long past its last message; several hosts sharing
# the database (RelStorage) may run the command, only one sends an issue.
LEASE = timedelta(minutes=10)
# In flight is uncertain until the run records the server's answer.
COUNTED_AS = {"pending": "left", "in_flight": "uncertain"}


class Recipient(Persistent):
    def __init__(self, token: str):
        self.token = token
        self.status = "pending"
        self.attempts = 0
        self.error = ""
        self.when = None

    def done(self, status: str, error: str = "") -> None:
        self.status = status
        self.error = error[:500]
        self.when = datetime.now(UTC)


def now() -> datetime:
    return datetime.now(UTC)


def state(issue, create: bool = False):
    """The issue's delivery mapping (None for an issue never queued)."""
    annotations = IAnnotations(issue)
    data = annotations.get(KEY)
    if data is None and create:
        data = annotations[KEY] = PersistentMapping(
            status="draft",
            recipients=OOBTree(),
            queued=None,
            started=None,
            finished=None,
        )
    return data


def status_of(issue) -> str:
    data = state(issue)
    return data["status"] if data else "draft"


def queue(issue) -> None:
    data = state(issue, create=True)
    data["status"] = "queued"
    data["queued"] = now()


def take_recipients(issue, tokens) -> None:
    """The recipients of the issue: the active subscribers when sending starts."""
    data = state(issue, create=True)
    recipients = data["recipients"]
    for token in tokens:
        if token not in recipients:
            recipients[token] = Recipient(token)
    data["status"] = "sending"
    data["started"] = now()


def take_lease(issue, holder: str, when: datetime | None = None) -> bool:
    """Take or renew the issue's lease for ``holder``; False while another run holds it."""
    data = state(issue, create=True)
    when = when or now()
    lease = data.get("lease")
    if lease and lease["holder"] != holder and lease["expires"] > when:
        return False
    data["lease"] = {"holder": holder, "expires": when + LEASE}
    return True


def release_lease(issue, holder: str) -> None:
    data = state(issue)
    if data and (data.get("lease") or {}).get("holder") == holder:
        data["lease"] = None


def in_flight(issue) -> list:
    data = state(issue)
    if not data:
        return []
    return [r for r in data["recipients"].values() if r.status == "in_flight"]


def pending(issue) -> list:
    data = state(issue)
    if not data:
        return []
    return [r for r in data["recipients"].values() if r.status == "pending"]


def counts(issue) -> dict:
    result = {"sent": 0, "failed": 0, "left": 0, "skipped": 0, "uncertain": 0}
    data = state(issue)
    if data:
        for recipient in data["recipients"].values():
            key = COUNTED_AS.get(recipient.status, recipient.status)
            result[key] += 1
    result["total"] = sum(result.values())
    return result


def finish(issue) -> None:
    data = state(issue)
    data["status"] = "sent"
    data["finished"] = now()
    data["lease"] = None


def sent_date(issue):
    data = state(issue)
    return data["finished"] if data and data["status"] == "sent" else None
