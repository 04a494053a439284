"""The Jeunes-Pros group's coordinators review offers (borg.localrole provider)."""

from borg.localrole.interfaces import ILocalRoleProvider
from plone import api
from polepatrimoine.content.opportunities.opportunity import IOpportunity
from polepatrimoine.workflows.workinggroups.roles import COORDINATOR
from polepatrimoine.workflows.workinggroups.roles import principal_id
from zope.component import adapter
from zope.interface import implementer


# The working group "Action Jeunes-Pros du Patrimoine" (policy/demo/working_groups.py).
GROUP_ID = "action-jeunes-pros-du-patrimoine"
LOCAL_ROLE = "Reviewer"


def jeunes_pros_group_uid() -> str | None:
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="WorkingGroup", id=GROUP_ID)
    return brains[0].UID if brains else None


@adapter(IOpportunity)
@implementer(ILocalRoleProvider)
class JeunesProsReviewers:
    """Reviewer on every offer for the principal of the group's coordinators.

    The principal is the one the working groups' PAS plugin gives each of the
    group's coordinators, so that a change of roster changes who publishes
    without touching the offers.
    """

    def __init__(self, context):
        self.context = context

    def _principal(self) -> str | None:
        uid = jeunes_pros_group_uid()
        return principal_id(uid, COORDINATOR) if uid else None

    def getRoles(self, principal):
        return (LOCAL_ROLE,) if principal == self._principal() else ()

    def getAllRoles(self):
        principal = self._principal()
        return [(principal, (LOCAL_ROLE,))] if principal else []
