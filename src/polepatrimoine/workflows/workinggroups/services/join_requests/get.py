"""GET /<group>/@join-requests: the group's requests (pending first)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.workflows.workinggroups import joinrequests


class JoinRequestsGet(GuardedService, Service):
    def reply(self):
        requests = joinrequests.all_requests(self.context)
        items = [r.as_dict() for r in requests if r.state == joinrequests.PENDING]
        items += [r.as_dict() for r in requests if r.state != joinrequests.PENDING]
        state = single_param(self.request, "state")
        if state:
            items = [i for i in items if i["state"] == state]
        return {
            "@id": f"{self.context.absolute_url()}/@join-requests",
            "items": items,
            "items_total": len(items),
        }
