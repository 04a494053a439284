"""GET @newsletter-subscribers-export: the subscribers as CSV (same filters as the list)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.newsletter import listing


class SubscribersExport(GuardedService, Service):
    def render(self):
        self.check_permission()
        return listing.csv_response(self.request)
