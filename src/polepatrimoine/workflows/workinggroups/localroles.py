"""Local roles of a working group's three principals (borg.localrole provider)."""

from borg.localrole.interfaces import ILocalRoleProvider
from plone import api
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup
from polepatrimoine.workflows.workinggroups.roles import LOCAL_ROLES
from polepatrimoine.workflows.workinggroups.roles import principal_id
from zope.component import adapter
from zope.interface import implementer


# In an archived group everybody reads, nobody writes.
READ_ONLY_STATES = ("archived",)


@adapter(IWorkingGroup)
@implementer(ILocalRoleProvider)
class WorkingGroupRoles:
    def __init__(self, context):
        self.context = context

    def _roles(self) -> dict:
        uid = self.context.UID()
        if not uid:
            return {}
        state = api.content.get_state(self.context, default=None)
        read_only = state in READ_ONLY_STATES
        return {
            principal_id(uid, role): (
                (LOCAL_ROLES["guest"],) if read_only else (local_role,)
            )
            for role, local_role in LOCAL_ROLES.items()
        }

    def getRoles(self, principal_id):
        return self._roles().get(principal_id, ())

    def getAllRoles(self):
        return self._roles().items()
