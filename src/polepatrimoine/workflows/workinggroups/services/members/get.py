"""GET /<group>/@members: the group's members with their role."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.roles import ROLES
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage


def serialize_members(group, with_email: bool) -> list:
    items = [
        {**membership.user_info(userid, with_email=with_email), "role": role}
        for userid, role in membership.members(group).items()
    ]
    return sorted(items, key=lambda i: (ROLES.index(i["role"]), i["fullname"]))


class MembersGet(GuardedService, Service):
    def reply(self):
        items = serialize_members(self.context, with_email=can_manage(self.context))
        return {
            "@id": f"{self.context.absolute_url()}/@members",
            "items": items,
            "items_total": len(items),
        }
