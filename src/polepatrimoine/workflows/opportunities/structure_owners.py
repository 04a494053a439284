"""The owners of an offer's structure own the offer too (borg.localrole provider).

An offer a coordinator (or another owner of the structure) created is the
structure's: its owners read the applications, renew it and get the week-before
mail, whoever proposed it.
"""

from borg.localrole.interfaces import ILocalRoleProvider
from polepatrimoine.content.opportunities.applications.access import structure_owners
from polepatrimoine.content.opportunities.opportunity import IOpportunity
from zope.component import adapter
from zope.interface import implementer


LOCAL_ROLE = "Owner"


@adapter(IOpportunity)
@implementer(ILocalRoleProvider)
class StructureOwners:
    def __init__(self, context):
        self.context = context

    def getRoles(self, principal):
        return (LOCAL_ROLE,) if principal in structure_owners(self.context) else ()

    def getAllRoles(self):
        return [
            (principal, (LOCAL_ROLE,)) for principal in structure_owners(self.context)
        ]
