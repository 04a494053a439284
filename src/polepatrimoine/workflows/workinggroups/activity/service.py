"""GET <group>/@activity: the group's stream, newest first, filtered and paged."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.workflows.workinggroups.activity import listing
from polepatrimoine.workflows.workinggroups.activity import store


class ActivityGet(GuardedService, Service):
    def reply(self):
        found = listing.page(self.context, self.request)
        url = f"{self.context.absolute_url()}/@activity"
        start, size, total = found["b_start"], found["b_size"], found["items_total"]
        query = f"&kind={','.join(found['kinds'])}" if found["kinds"] else ""
        batching = {"@id": f"{url}?b_start={start}&b_size={size}{query}"}
        if start + size < total:
            batching["next"] = f"{url}?b_start={start + size}&b_size={size}{query}"
        if start > 0:
            batching["prev"] = (
                f"{url}?b_start={max(start - size, 0)}&b_size={size}{query}"
            )
        return {
            "@id": url,
            "items": found["items"],
            "items_total": total,
            "batching": batching,
            "kinds": list(store.KINDS),
        }
