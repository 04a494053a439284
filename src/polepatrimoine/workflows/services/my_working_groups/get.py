"""GET /Plone/@my-working-groups: the current user's groups, role, recent activity."""

from plone.restapi.services import Service
from polepatrimoine.workflows.services import current_userid
from polepatrimoine.workflows.workinggroups.dashboard import my_working_groups


class MyWorkingGroupsGet(Service):
    def reply(self):
        items = my_working_groups(current_userid(), self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@my-working-groups",
            "items": items,
            "items_total": len(items),
        }
