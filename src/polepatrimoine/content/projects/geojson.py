"""The projects on the map: GeoJSON features read from the catalog's metadata records."""

from polepatrimoine.content.common import geojson as maps
from polepatrimoine.content.projects.vocabularies import PROJECT_KINDS
from polepatrimoine.content.projects.vocabularies import PROJECT_STATUSES

import Missing


KIND_TITLES = dict(PROJECT_KINDS)
STATUS_TITLES = dict(PROJECT_STATUSES)

COLUMNS = (
    "latitude",
    "longitude",
    "Title",
    "UID",
    "project_kind",
    "project_status",
    "departments",
    "project_year",
    "project_reproducible",
    "carrier_title",
)


def _value(value, default=None):
    return default if value is None or value is Missing.Value else value


def feature(row, url) -> dict:
    kind = _value(row.project_kind, "")
    carrier = _value(row.carrier_title, "")
    return {
        "type": "Feature",
        "geometry": maps.point(row),
        "properties": {
            "title": row.Title,
            "url": url,
            "UID": row.UID,
            "project_kind": kind,
            "kind_title": KIND_TITLES.get(kind, ""),
            "project_status": _value(row.project_status, ""),
            "status_title": STATUS_TITLES.get(_value(row.project_status, ""), ""),
            "departments": list(_value(row.departments, ())),
            "year": _value(row.project_year),
            "reproducible": bool(_value(row.project_reproducible, False)),
            "carrier_title": carrier,
            # What the shared map script's popup shows under the title.
            "category_title": KIND_TITLES.get(kind, ""),
            "city": carrier,
        },
    }


def feature_collection(brains, request=None) -> dict:
    return maps.feature_collection(brains, feature, COLUMNS, request)
