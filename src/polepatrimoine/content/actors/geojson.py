"""The actors on the map: GeoJSON features read from the catalog's metadata records."""

from polepatrimoine.content.common import geojson
from polepatrimoine.content.common.geojson import has_position  # noqa: F401
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES


CATEGORY_TITLES = dict(ACTOR_CATEGORIES)


def feature(brain, url=None) -> dict:
    """An RFC 7946 Feature for an actor's brain (it must have a position)."""
    url = url or brain.getURL()
    return {
        "type": "Feature",
        "geometry": geojson.point(brain),
        "properties": {
            "title": brain.Title,
            "url": url,
            "UID": brain.UID,
            "actor_category": brain.actor_category,
            "category_title": CATEGORY_TITLES.get(brain.actor_category, ""),
            "department": brain.department,
            "city": brain.city,
            "is_member": bool(brain.is_member),
        },
    }


FEATURE_COLUMNS = (
    "latitude",
    "longitude",
    "Title",
    "UID",
    "actor_category",
    "department",
    "city",
    "is_member",
)


def feature_collection(brains, request=None) -> dict:
    return geojson.feature_collection(brains, feature, FEATURE_COLUMNS, request)
