"""GET @actors-facets: counts per value of each facet, for the given filters."""

from plone.restapi.services import Service
from polepatrimoine.content.actors import search
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request


class ActorsFacets(GuardedService, Service):
    def reply(self):
        try:
            filters = search.filters_from_form(self.request.form)
        except search.FilterError as error:
            return bad_request(self.request, error.message, field=error.field)
        return {
            "total": len(search.search(filters)),
            "facets": search.facet_counts(filters),
        }
