"""The open offers on the map: GeoJSON features read from the catalog's metadata records."""

from polepatrimoine.content.common import geojson
from polepatrimoine.content.opportunities import display


FEATURE_COLUMNS = (
    "latitude",
    "longitude",
    "Title",
    "UID",
    "opportunity_kind",
    "kind_detail",
    "opportunity_level",
    "trades",
    "department",
    "commune",
    "structure_title",
    "opportunity_deadline",
    "paid",
)


def feature(row, url=None) -> dict:
    """An RFC 7946 Feature for an offer (it must have a position); never its contact."""
    url = url or row.getURL()
    deadline = display.value(row, "opportunity_deadline", None)
    return {
        "type": "Feature",
        "geometry": geojson.point(row),
        "properties": {
            "title": row.Title,
            "url": url,
            "UID": row.UID,
            "opportunity_kind": display.value(row, "opportunity_kind"),
            "kind_detail": display.value(row, "kind_detail") or None,
            # The names the actors' map script shows in its popups.
            "category_title": display.kind_title(row),
            "city": display.place(row),
            "opportunity_level": display.value(row, "opportunity_level"),
            "trades": list(display.value(row, "trades", None) or ()),
            "department": display.value(row, "department"),
            "structure_title": display.value(row, "structure_title"),
            "deadline": deadline.isoformat() if deadline else None,
            "paid": bool(display.value(row, "paid", False)),
        },
    }


def feature_collection(brains, request=None) -> dict:
    return geojson.feature_collection(brains, feature, FEATURE_COLUMNS, request)
