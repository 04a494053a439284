"""GET @opportunities-geojson: the filtered open offers as an RFC 7946 FeatureCollection."""

from polepatrimoine.content.common.geojson import GeoJSONService
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities import geojson
from polepatrimoine.content.opportunities import search


class OpportunitiesGeoJSON(GeoJSONService):
    facets = search.OFFERS

    def etag_parts(self) -> list:
        # Offers close at midnight without any write: the day is in the ETag.
        return [expiry.today().isoformat()]

    def collection(self, filters: dict) -> dict:
        return geojson.feature_collection(search.OFFERS.search(filters), self.request)
