"""Close a poll on one of its dates: the meeting is created in the group and the group invited."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from email.utils import formataddr
from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store as activity
from polepatrimoine.workflows.workinggroups.activity.subscribers import not_added
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls.creating import parse_date
from polepatrimoine.workflows.workinggroups.polls.invitation import MIMETYPE
from polepatrimoine.workflows.workinggroups.polls.invitation import end_of
from polepatrimoine.workflows.workinggroups.polls.invitation import invitation
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.i18nmessageid import Message
from zope.intid.interfaces import IIntIds


def can_close(poll) -> bool:
    return api.content.get_state(poll) == "open" and api.user.has_permission(
        "Modify portal content", obj=poll
    )


def chosen(poll, value):
    """The candidate date the coordinator picked (an ISO datetime of the poll)."""
    try:
        date = parse_date(value)
    except (ValueError, OverflowError):
        date = None
    for key in answers.keys(poll):
        if date is not None and parse_date(key) == date:
            return parse_date(key)
    raise RequestError(
        _("Choose one of the proposed dates."),
        field="date",
    )


def _create_meeting(group, poll, start):
    return api.content.create(
        container=group,
        type="Event",
        safe_id=True,
        title=poll.title,
        description=poll.description or "",
        start=start,
        end=end_of(start, poll.duration or 120),
        location=poll.location or "",
        meeting_format="rencontre",
        working_group=RelationValue(getUtility(IIntIds).getId(group)),
        online_url=poll.online_url or None,
        capacity=0,
    )


def close(poll, value, actor: str):
    """Close the poll on ``value``; returns the new meeting (an ``Event``)."""
    if api.content.get_state(poll) != "open":
        raise RequestError(_("This poll is closed."), status=409)
    start = chosen(poll, value)
    group = aq_parent(aq_inner(poll))
    # The stream says "meeting" below, not a generic "added" too.
    with not_added():
        event = _create_meeting(group, poll, start)
    poll.chosen_date = start
    poll.meeting_uid = event.UID()
    api.content.transition(obj=poll, transition="close")
    poll.reindexObject()
    activity.record(
        group,
        "poll",
        obj=poll,
        actor=actor,
        action="closed",
        date=start.isoformat(),
        meeting=event.UID(),
    )
    activity.record(
        group,
        "meeting",
        obj=event,
        actor=actor,
        date=start.isoformat(),
        poll=poll.UID(),
    )
    invite(group, poll, event, actor)
    return event


def invite(group, poll, event, actor: str) -> None:
    """One mail per member, whose invitation names only them: an ATTENDEE list
    would hand every member's address to every other (guests included)."""
    organizer = mail.email_of(actor)
    subject = Message(
        _("[${group}] Next meeting: ${title}"),
        mapping={"group": group.title, "title": event.title},
    )
    reply_to = (
        formataddr((mail.fullname_of(actor), organizer), charset="utf-8")
        if organizer
        else None
    )
    addresses = {mail.email_of(userid) for userid in membership.members(group)}
    for address in sorted(a for a in addresses if a):
        mail.send(
            "poll-closed",
            poll,
            [address],
            subject,
            attachments=[
                ("invitation.ics", MIMETYPE, invitation(event, organizer, [address]))
            ],
            reply_to=reply_to,
            meeting=event,
        )
