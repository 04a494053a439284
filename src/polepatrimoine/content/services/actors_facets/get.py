"""GET @actors-facets: counts per value of each facet, for the given filters."""

from plone.restapi.services import Service
from polepatrimoine.content import directory
from polepatrimoine.content.services import bad_request


class ActorsFacets(Service):
    def reply(self):
        try:
            filters = directory.filters_from_form(self.request.form)
        except directory.FilterError as error:
            return bad_request(self.request, error.message, field=error.field)
        return {
            "total": len(directory.search(filters)),
            "facets": directory.facet_counts(filters),
        }
