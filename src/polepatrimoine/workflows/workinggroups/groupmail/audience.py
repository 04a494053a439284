"""Who reads a kept message sent to one role: that role and the coordinators, nobody else of the group."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from borg.localrole.interfaces import ILocalRoleProvider
from polepatrimoine.content.workinggroups.groupmessage import IGroupMessage
from polepatrimoine.workflows.workinggroups.localroles import WorkingGroupRoles
from polepatrimoine.workflows.workinggroups.roles import COORDINATOR
from polepatrimoine.workflows.workinggroups.roles import principal_id
from zope.component import adapter
from zope.interface import implementer


def restrict(message) -> None:
    """Stop the group's roles at a message sent to one role: the provider
    below gives back only those of its readers. The workflow's View map then
    applies to them alone, and survives any update of the role mappings."""
    if getattr(message, "audience", "all") == "all":
        return
    message.__ac_local_roles_block__ = True
    message.reindexObjectSecurity()


@adapter(IGroupMessage)
@implementer(ILocalRoleProvider)
class MessageAudienceRoles:
    """The group's own roles (an archived group's read-only ones included),
    for the coordinators and the message's audience only."""

    def __init__(self, context):
        self.context = context

    def _roles(self) -> dict:
        message = self.context
        audience = getattr(message, "audience", "all")
        if audience == "all" or not getattr(message, "__ac_local_roles_block__", None):
            return {}
        group = aq_parent(aq_inner(message))
        if not hasattr(group, "UID"):
            return {}
        uid = group.UID()
        readers = {principal_id(uid, COORDINATOR), principal_id(uid, audience)}
        return {
            principal: roles
            for principal, roles in WorkingGroupRoles(group)._roles().items()
            if principal in readers
        }

    def getRoles(self, principal_id):
        return self._roles().get(principal_id, ())

    def getAllRoles(self):
        return self._roles().items()
