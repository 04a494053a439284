"""GET @projects-facets: counts per value of each facet, for the given filters."""

from plone.restapi.services import Service
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.projects.search import PROJECTS


class ProjectsFacets(GuardedService, Service):
    def reply(self):
        try:
            filters = PROJECTS.filters_from_form(self.request.form)
        except FilterError as error:
            return bad_request(self.request, error.message, field=error.field)
        return {
            "total": len(PROJECTS.search(filters)),
            "facets": PROJECTS.facet_counts(filters),
        }
