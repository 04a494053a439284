"""Notifications of the application workflow, one function per event."""

from plone import api
from polepatrimoine.content.calls.jury import jury_emails
from polepatrimoine.workflows.calls import mails


DECISIONS = ("accept", "reject", "waitlist")


def _transition(event) -> str | None:
    return event.transition.id if event.transition is not None else None


def _comment(event) -> str:
    return (event.kwargs or {}).get("comment", "") if event.kwargs else ""


def coordinator_emails() -> list[str]:
    group = api.group.get(groupname="coordinateurs")
    members = group.getGroupMembers() if group is not None else []
    return [m.getProperty("email") for m in members if m.getProperty("email")]


def application_submitted(application, event) -> None:
    """Acknowledge to the applicant, tell the call's jury (or the coordinators)."""
    if _transition(event) != "submit":
        return
    mails.send("acknowledgement", application, mails.applicant_emails(application))
    call = application.get_call()
    recipients = jury_emails(call) if call is not None else []
    mails.send("jury-notice", application, recipients or coordinator_emails())


def application_decided(application, event) -> None:
    if _transition(event) not in DECISIONS:
        return
    mails.send(
        "decision",
        application,
        mails.applicant_emails(application),
        comment=_comment(event),
    )


def application_info_requested(application, event) -> None:
    if _transition(event) != "request_info":
        return
    mails.send(
        "info-requested",
        application,
        mails.applicant_emails(application),
        comment=_comment(event),
    )
