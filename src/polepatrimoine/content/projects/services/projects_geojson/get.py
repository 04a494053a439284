"""GET @projects-geojson: the filtered projects as an RFC 7946 FeatureCollection."""

from polepatrimoine.content.common.geojson import GeoJSONService
from polepatrimoine.content.projects import geojson
from polepatrimoine.content.projects.search import PROJECTS


class ProjectsGeoJSON(GeoJSONService):
    facets = PROJECTS

    def collection(self, filters: dict) -> dict:
        return geojson.feature_collection(PROJECTS.search(filters), self.request)
