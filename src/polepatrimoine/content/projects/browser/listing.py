"""The ``projets`` section's default view: facets with counts, the map, the list."""

from plone import api
from plone.batching import Batch
from polepatrimoine.content import _
from polepatrimoine.content.common import geojson as maps
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.facets import plural_text
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.projects.geojson import KIND_TITLES
from polepatrimoine.content.projects.geojson import STATUS_TITLES
from polepatrimoine.content.projects.search import PROJECTS
from Products.Five.browser import BrowserView
from urllib.parse import urlencode

import Missing


NOUNS = (_("${count} project"), _("${count} projects"))


class ProjectsView(BrowserView):
    page_size = 20

    def __call__(self):
        try:
            self.filters = PROJECTS.filters_from_form(self.request.form)
            self.start = count_param(self.request, "b_start")
            self.filter_error = None
        except (FilterError, RequestError) as error:
            self.filters, self.start = {}, 0
            self.filter_error = translated(error.message, self.request)
            self.request.response.setStatus(400)
        self.brains = PROJECTS.search(
            self.filters, sort_on="project_year", sort_order="descending"
        )
        return self.index()

    def facets(self):
        return PROJECTS.facets_for_display(self.filters, self.request, NOUNS)

    @property
    def total(self) -> int:
        return len(self.brains)

    def total_text(self) -> str:
        return plural_text(self.total, *NOUNS, self.request)

    def unmapped(self) -> int:
        rows = maps.metadata_rows(self.brains, ("latitude", "longitude"))
        return sum(1 for row in rows if not maps.has_position(row))

    def batch(self):
        return Batch(self.brains, self.page_size, self.start)

    def geojson_url(self) -> str:
        query = urlencode(PROJECTS.query_pairs(self.filters))
        url = f"{api.portal.get().absolute_url()}/@projects-geojson"
        return f"{url}?{query}" if query else url

    def meta(self, brain) -> str:
        """Kind, status, carrier, year and départements of a result, from its metadata."""

        def value(name):
            found = getattr(brain, name, None)
            return None if found is Missing.Value else found

        parts = [
            KIND_TITLES.get(value("project_kind"), ""),
            STATUS_TITLES.get(value("project_status"), ""),
            value("carrier_title") or "",
            str(value("project_year") or ""),
            ", ".join(value("departments") or ()),
        ]
        return " · ".join(part for part in parts if part)

    def can_add(self) -> bool:
        return api.user.has_permission("polepatrimoine: Add Project", obj=self.context)

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"
