"""E-mails and bookkeeping of the working groups' join requests."""

from plone import api
from polepatrimoine.content.common.mail import email_of
from polepatrimoine.content.common.mail import send
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.chain import WORKSPACE_TYPES
from polepatrimoine.workflows.workinggroups.chain import working_group_of
from polepatrimoine.workflows.workinggroups.joinrequests import REQUESTS_KEY
from polepatrimoine.workflows.workinggroups.membership import ROSTER_KEY
from polepatrimoine.workflows.workinggroups.pas import PLUGIN_ID
from zope.annotation.interfaces import IAnnotations
from zope.i18nmessageid import Message


def _coordinator_addresses(group) -> list:
    addresses = [email_of(userid) for userid in membership.coordinators(group)]
    addresses = [a for a in addresses if a]
    if not addresses and group.contact_email:
        addresses = [group.contact_email]
    if not addresses:
        addresses = [api.portal.get_registry_record("plone.email_from_address")]
    return addresses


SUBJECTS = {
    "join-requested": _("[${group}] New request to join"),
    "join-approved": _("[${group}] Welcome to the working group"),
    "join-rejected": _("[${group}] Your request to join"),
}


def _send(kind: str, event, recipients) -> None:
    group = event.group
    subject = Message(SUBJECTS[kind], mapping={"group": group.title})
    send(kind, group, recipients, subject, join_request=event.request)


def mail_coordinators_on_request(event) -> None:
    _send("join-requested", event, _coordinator_addresses(event.group))


def mail_user_on_approval(event) -> None:
    _send("join-approved", event, [email_of(event.request.user)])


def mail_user_on_rejection(event) -> None:
    _send("join-rejected", event, [email_of(event.request.user)])


def forget_removed_group(group, event) -> None:
    if event.newParent is None:
        membership.forget_group(group)


def forget_deleted_user(event) -> None:
    """A deleted user leaves every roster and request: the next user given the
    same id must not inherit them."""
    if PLUGIN_ID not in api.portal.get_tool("acl_users").objectIds():
        return
    userid = event.principal
    if not isinstance(userid, str):
        userid = userid.getId()
    membership.forget_user(userid)
    for group in membership.working_groups():
        joinrequests.forget_user(group, userid)


def reset_copied_group(group, event) -> None:
    """A copy of a group starts with no members and no requests."""
    annotations = IAnnotations(group)
    for key in (ROSTER_KEY, REQUESTS_KEY):
        annotations.pop(key, None)


def _in_a_group(container) -> bool:
    return (
        IWorkingGroup.providedBy(container) or working_group_of(container) is not None
    )


def restart_workflow_on_move(obj, event) -> None:
    """Moved into or out of a working group: start over in the new workflow.

    Content moved into a group becomes internal; content moved out of one
    starts in its usual workflow's initial state (private). Nothing keeps the
    permissions of a workflow it no longer follows.
    """
    if event.oldParent is None or event.newParent is None:
        return
    if getattr(obj, "portal_type", None) not in WORKSPACE_TYPES:
        return
    if _in_a_group(event.oldParent) == _in_a_group(event.newParent):
        return
    api.portal.get_tool("portal_workflow").notifyCreated(obj)
    obj.reindexObject()
