"""Per-item e-mails, and forgetting the settings of deleted users and groups."""

from polepatrimoine.content.common import mail
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity.store import KINDS
from polepatrimoine.workflows.workinggroups.activity.store import entries
from polepatrimoine.workflows.workinggroups.notifications import settings
from polepatrimoine.workflows.workinggroups.notifications import tokens
from zope.i18nmessageid import Message


def _may_see(group, userid: str, entry) -> bool:
    """The member may View what the entry is about (19a's rule for the stream)."""
    seen = entries(group, viewer=userid, since=entry.when, size=None)
    return any(e.id == entry.id for e in seen)


def mail_each_item(event) -> None:
    """Members who chose "every item" get an e-mail per entry they may see,
    never about their own actions."""
    group, entry = event.group, event.entry
    for userid, _role in sorted(membership.members(group).items()):
        if userid == entry.actor:
            continue
        if settings.mode(userid, group.UID()) != settings.EACH:
            continue
        address = mail.email_of(userid)
        if not address or not _may_see(group, userid, entry):
            continue
        kind = mail.tr(KINDS.get(entry.kind, entry.kind))
        subject = Message(
            _("[${group}] ${kind}: ${title}"),
            mapping={"group": group.Title(), "kind": kind, "title": entry.title},
        )
        mail.send(
            "activity-item",
            group,
            [address],
            subject,
            entry=entry,
            actor=mail.fullname_of(entry.actor) if entry.actor else "",
            url=group.REQUEST.physicalPathToURL(entry.url),
        )


def forget_deleted_user(event) -> None:
    settings.forget(event.principal)
    tokens.revoke(event.principal)


def forget_removed_group(group, event) -> None:
    settings.forget_group(group.UID())
