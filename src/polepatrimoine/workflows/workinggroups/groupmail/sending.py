"""Write to a working group: check, keep the message, mail each recipient after the commit."""

from datetime import datetime
from email.utils import formataddr
from plone import api
from plone.dexterity.utils import createContentInContainer
from polepatrimoine.content.common import mail
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.workinggroups.groupmessage import AUDIENCES
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store as activity
from polepatrimoine.workflows.workinggroups.groupmail import audience as audience_roles
from zope.i18nmessageid import Message

import pytz


MAX_SUBJECT = 200
MAX_TEXT = 20_000
# Per coordinator: a slip (a loop, a double click) cannot flood the group.
RATE_LIMIT = 10
RATE_WINDOW = 3600
SEND = "polepatrimoine: Send group mail"

AUDIENCE_TITLES = {
    "all": _("the whole group"),
    "coordinator": _("the coordinators"),
    "member": _("the members"),
    "guest": _("the guests"),
}


def can_send(group) -> bool:
    return api.user.has_permission(SEND, obj=group)


def recipients(group, audience: str) -> list:
    """The user ids the message goes to: the roster as it is now."""
    return sorted(
        userid
        for userid, role in membership.members(group).items()
        if audience == "all" or role == audience
    )


def _text(value, field: str, max_length: int, empty) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RequestError(
            _("'${name}' must be a text.", mapping={"name": field}), field=field
        )
    value = value.strip()
    if not value:
        raise RequestError(empty, field=field)
    if len(value) > max_length:
        raise RequestError(
            _(
                "'${name}' is too long (${max} characters at most).",
                mapping={"name": field, "max": max_length},
            ),
            field=field,
        )
    if "\0" in value:
        raise RequestError(_("This field contains a null character."), field=field)
    return value


def check(subject, text, audience) -> tuple:
    """``(subject, text, audience)`` cleaned, or ``RequestError`` naming the field."""
    subject = _text(subject, "subject", MAX_SUBJECT, _("Give the message a subject."))
    if "\n" in subject or "\r" in subject:
        raise RequestError(_("The subject holds one line."), field="subject")
    text = _text(text, "text", MAX_TEXT, _("Write the message."))
    if audience not in AUDIENCES:
        raise RequestError(
            _(
                "Unknown recipients '${to}': choose all, coordinator, member or guest.",
                mapping={"to": str(audience)[:50]},
            ),
            field="to",
        )
    return subject, text, audience


def send_group_mail(group, sender: str, subject, text, audience):
    """Keep the message in the group and mail it; returns the ``GroupMessage``.

    Raises ``RequestError`` (400 for bad input, 429 for too many messages)
    before anything is written.
    """
    subject, text, audience = check(subject, text, audience)
    to = recipients(group, audience)
    if not to:
        raise RequestError(
            _("Nobody in the group has this role."),
            field="to",
        )
    wait = ratelimit.limiter("group-mail").hit(sender, RATE_LIMIT, RATE_WINDOW)
    if wait:
        raise RequestError(ratelimit.refusal_message(wait), status=429)
    message = keep(group, sender, subject, text, audience, len(to))
    activity.record(
        group, "mail", obj=message, actor=sender, to=audience, recipients=len(to)
    )
    reply_to = mail.email_of(sender)
    mail.send(
        "group-message",
        message,
        [mail.email_of(userid) for userid in to],
        Message(
            _("[${group}] ${subject}"),
            mapping={
                "group": group.title,
                "subject": subject,
            },
        ),
        reply_to=formataddr((mail.fullname_of(sender), reply_to), charset="utf-8")
        if reply_to
        else None,
    )
    return message


def keep(group, sender: str, subject: str, text: str, audience: str, count: int):
    """The ``GroupMessage`` in the group (no mail: the demo keeps one this way).

    Made whatever the user's add permission: nobody adds a kept message by
    hand, the group mail does (``polepatrimoine: Add GroupMessage`` is Manager's).
    """
    message = createContentInContainer(
        group,
        "GroupMessage",
        checkConstraints=False,
        title=subject,
        text=text,
        sender=sender,
        audience=audience,
        recipients_count=count,
        sent=datetime.now(pytz.utc),
        exclude_from_nav=True,
    )
    message.creators = (sender,)
    message.reindexObject()
    audience_roles.restrict(message)
    return message


def kept_messages(group) -> list:
    """The brains of the group's kept messages the user may see, newest first."""
    return api.content.find(
        context=group,
        portal_type="GroupMessage",
        sort_on="created",
        sort_order="descending",
    )


def as_dict(brain_or_obj) -> dict:
    obj = (
        brain_or_obj.getObject() if hasattr(brain_or_obj, "getObject") else brain_or_obj
    )
    return {
        "@id": obj.absolute_url(),
        "UID": obj.UID(),
        "subject": obj.title,
        "text": obj.text,
        "sender": membership.user_info(obj.sender) if obj.sender else None,
        "to": obj.audience,
        "recipients_count": obj.recipients_count,
        "sent": iso_paris(obj.sent),
    }
