"""GET /<group>/@join-requests: the group's requests (pending first)."""

from plone.restapi.services import Service
from polepatrimoine.workflows.workinggroups import joinrequests


class JoinRequestsGet(Service):
    def reply(self):
        requests = joinrequests.all_requests(self.context)
        items = [r.as_dict() for r in requests if r.state == joinrequests.PENDING]
        items += [r.as_dict() for r in requests if r.state != joinrequests.PENDING]
        if self.request.form.get("state"):
            items = [i for i in items if i["state"] == self.request.form["state"]]
        return {
            "@id": f"{self.context.absolute_url()}/@join-requests",
            "items": items,
            "items_total": len(items),
        }
