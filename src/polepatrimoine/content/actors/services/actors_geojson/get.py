"""GET @actors-geojson: the filtered actors as an RFC 7946 FeatureCollection."""

from polepatrimoine.content.actors import geojson
from polepatrimoine.content.actors import search
from polepatrimoine.content.common.geojson import GeoJSONService


class ActorsGeoJSON(GeoJSONService):
    facets = search.DIRECTORY

    def collection(self, filters: dict) -> dict:
        return geojson.feature_collection(search.search(filters), self.request)
