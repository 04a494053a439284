"""GET @newsletter-subscribers: search, state filter, counts; ``?format=csv`` exports."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.content.newsletter import listing
from polepatrimoine.content.newsletter import subscribers


class SubscribersGet(GuardedService, Service):
    def render(self):
        if single_param(self.request, "format", "json") == "csv":
            self.check_permission()
            return listing.csv_response(self.request)
        return super().render()

    def reply(self):
        found = listing.found(self.request)
        start = count_param(self.request, "b_start", 0)
        size = count_param(self.request, "b_size", 100, maximum=1000) or 100
        return {
            "@id": f"{self.context.absolute_url()}/@newsletter-subscribers",
            "items_total": len(found),
            "counts": subscribers.store().counts(),
            "items": [s.as_dict() for s in found[start : start + size]],
        }
