"""GET /Plone/@my-working-groups: the current user's groups, role, recent activity."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.workflows.workinggroups.dashboard import my_working_groups
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


class MyWorkingGroupsGet(GuardedService, Service):
    def reply(self):
        items = my_working_groups(current_userid(), self.request)
        return {
            "@id": f"{self.context.absolute_url()}/@my-working-groups",
            "items": items,
            "items_total": len(items),
        }
