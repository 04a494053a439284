"""The offers of ``jeunes-pros/offres`` (its default view ``@@opportunities``): facets, map, pages."""

from plone import api
from plone.batching import Batch
from polepatrimoine.content import _
from polepatrimoine.content.common import geojson as maps
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.facets import plural_text
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.opportunities import display
from polepatrimoine.content.opportunities import search
from Products.Five.browser import BrowserView
from urllib.parse import urlencode


NOUNS = (_("${count} open offer"), _("${count} open offers"))


class OpportunitiesView(BrowserView):
    page_size = 20

    def __call__(self):
        try:
            self.filters = search.OFFERS.filters_from_form(self.request.form)
            self.start = count_param(self.request, "b_start")
            self.filter_error = None
        except (FilterError, RequestError) as error:
            self.filters, self.start = {}, 0
            self.filter_error = translated(error.message, self.request)
            # The page still lists the open offers, with the error above them.
            self.request.response.setStatus(400)
        self.brains = search.OFFERS.search(self.filters, **search.SORT)
        return self.index()

    def facets(self):
        return search.OFFERS.facets_for_display(self.filters, self.request, NOUNS)

    @property
    def total(self) -> int:
        return len(self.brains)

    def total_text(self) -> str:
        return plural_text(self.total, *NOUNS, self.request)

    def unmapped_text(self) -> str:
        rows = maps.metadata_rows(self.brains, ("latitude", "longitude"))
        count = sum(1 for row in rows if not maps.has_position(row))
        if not count:
            return ""
        return plural_text(
            count,
            _("${count} offer without a position on the map"),
            _("${count} offers without a position on the map"),
            self.request,
        )

    def batch(self):
        return Batch(self.brains, self.page_size, self.start)

    def items(self):
        for brain in self.batch():
            deadline = display.value(brain, "opportunity_deadline", None)
            yield {
                "title": brain.Title,
                "url": brain.getURL(),
                "uid": brain.UID,
                "kind": display.kind_title(brain),
                "structure": display.value(brain, "structure_title"),
                "place": display.place(brain),
                "level": display.LEVEL_TITLES.get(
                    display.value(brain, "opportunity_level"), ""
                ),
                "deadline": display.french_date(deadline),
                "description": brain.Description,
            }

    def query_string(self) -> str:
        return urlencode(search.OFFERS.query_pairs(self.filters))

    def _with_query(self, name: str) -> str:
        url = f"{self.context.absolute_url()}/{name}"
        query = self.query_string()
        return f"{url}?{query}" if query else url

    def geojson_url(self) -> str:
        return self._with_query("@opportunities-geojson")

    def rss_url(self) -> str:
        return self._with_query("@@opportunities.rss")

    def ical_url(self) -> str:
        return self._with_query("@@opportunities.ics")

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def can_add(self) -> bool:
        return api.user.has_permission(
            "polepatrimoine: Add Opportunity", obj=self.context
        )

    def static(self) -> str:
        # The actors' Leaflet, clustering and map script.
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"
