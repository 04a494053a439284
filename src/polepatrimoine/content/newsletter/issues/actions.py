"""What the coordinators do on an issue, shared by its pages and its REST services."""

from plone.schema import Email
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import french_datetime
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.compose import compose
from polepatrimoine.content.newsletter.issues.sending import Outcome
from polepatrimoine.content.newsletter.issues.sending import send_test
from zope.schema import ValidationError


STATUS_TITLES = {
    "draft": _("Draft"),
    "queued": _("Queued: the sending starts within minutes"),
    "sending": _("Sending"),
    "sent": _("Sent"),
}


def check_draft(issue) -> None:
    if delivery.status_of(issue) != "draft":
        raise RequestError(
            _("This issue has already been queued for sending: it cannot change."),
            status=409,
        )


def compose_issue(issue) -> list[dict]:
    check_draft(issue)
    return compose(issue)


def queue_issue(issue) -> None:
    check_draft(issue)
    if not issue.entries and not getattr(issue, "introduction", None):
        raise RequestError(
            _("This issue is empty: compose it or write its introduction first."),
            field="entries",
        )
    delivery.queue(issue)


def test_address(value) -> str:
    email = (value or "").strip() if isinstance(value, str) else ""
    try:
        Email().validate(email)
    except ValidationError:
        raise RequestError(
            _("Give a valid e-mail address for the test."), field="test"
        ) from None
    return email


def test_issue(issue, email: str) -> None:
    outcome, error = send_test(issue, email)
    if outcome != Outcome.SENT:
        raise RequestError(
            _(
                "The mail server refused the test message: ${error}",
                mapping={"error": error},
            ),
            field="test",
            status=400,
        )


def unsubscribed_after(issue) -> int:
    uid = issue.UID()
    return sum(1 for s in subscribers.store().all() if s.unsubscribed_after == uid)


def iso(value) -> str | None:
    return iso_paris(value) if value else None


def status_info(issue) -> dict:
    data = delivery.state(issue) or {}
    status = delivery.status_of(issue)
    return {
        "status": status,
        **delivery.counts(issue),
        "unsubscribed_after": unsubscribed_after(issue),
        "queued": iso(data.get("queued")),
        "started": iso(data.get("started")),
        "finished": iso(data.get("finished")),
    }


def status_lines(issue) -> dict:
    """The status as the issue's page shows it, in French."""
    data = delivery.state(issue) or {}
    info = status_info(issue)
    info["status_title"] = STATUS_TITLES[info["status"]]
    info["queued_text"] = french_datetime(data.get("queued"))
    info["finished_text"] = french_datetime(data.get("finished"))
    return info
