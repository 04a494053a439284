"""GET /<call>/@applications: the call's applications and the counts per state."""

from plone.restapi.services import Service
from polepatrimoine.content.calls import listing


class ApplicationsGet(Service):
    def reply(self):
        review_state = self.request.form.get("review_state")
        items = listing.rows(self.context, self.request, review_state)
        return {
            "@id": f"{self.context.absolute_url()}/@applications",
            "items": items,
            "items_total": len(items),
            "counts": listing.counts(self.context),
            "places": self.context.places,
        }
