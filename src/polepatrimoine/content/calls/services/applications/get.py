"""GET /<call>/@applications: the call's applications and the counts per state."""

from plone.restapi.services import Service
from polepatrimoine.content.calls import listing
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import single_param


class ApplicationsGet(GuardedService, Service):
    def reply(self):
        review_state = single_param(self.request, "review_state")
        items = listing.rows(self.context, self.request, review_state)
        return {
            "@id": f"{self.context.absolute_url()}/@applications",
            "items": items,
            "items_total": len(items),
            "counts": listing.counts(self.context),
            "places": self.context.places,
        }
