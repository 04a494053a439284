"""GET @opportunities-facets: counts per value of each facet of the open offers, for the given filters."""

from plone.restapi.services import Service
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.opportunities import search


class OpportunitiesFacets(GuardedService, Service):
    def reply(self):
        try:
            filters = search.OFFERS.filters_from_form(self.request.form)
        except FilterError as error:
            return bad_request(self.request, error.message, field=error.field)
        return {
            "total": len(search.OFFERS.search(filters)),
            "facets": search.OFFERS.facet_counts(filters),
        }
