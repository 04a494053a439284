"""The actors on the map: GeoJSON features read from the catalog's metadata records."""

from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from Products.ZCatalog.Catalog import Catalog
from zope.globalrequest import getRequest

import Missing


def has_position(brain) -> bool:
    latitude = getattr(brain, "latitude", None)
    longitude = getattr(brain, "longitude", None)
    return not (
        latitude is None
        or longitude is None
        or latitude is Missing.Value
        or longitude is Missing.Value
    )


CATEGORY_TITLES = dict(ACTOR_CATEGORIES)


class URLs:
    """brain.getURL(), with each folder's URL computed once (all actors share one)."""

    def __init__(self, request):
        self.request = request
        self.folders = {}

    def __call__(self, brain) -> str:
        folder, _sep, name = brain.getPath().rpartition("/")
        prefix = self.folders.get(folder)
        if prefix is None:
            prefix = self.folders[folder] = self.request.physicalPathToURL(folder)
        return f"{prefix}/{name}"


def feature(brain, url=None) -> dict:
    """An RFC 7946 Feature for an actor's brain (it must have a position)."""
    url = url or brain.getURL()
    return {
        "type": "Feature",
        "geometry": {
            "type": "Point",
            "coordinates": [brain.longitude, brain.latitude],
        },
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


class Row:
    """The metadata of one catalog record, read without making a brain of it."""

    __slots__ = ("_path", "__dict__")

    def __init__(self, path, values):
        self._path = path
        self.__dict__.update(values)

    def getPath(self):  # noqa: N802 (the brain's API)
        return self._path


def catalog_records(brains):
    """The catalog and the record ids behind search results, when the catalog's
    own search made them (a lazy map over record ids); else (None, None)."""
    catalog = getattr(getattr(brains, "_func", None), "__self__", None)
    rids = getattr(brains, "_seq", None)
    if not isinstance(catalog, Catalog) or rids is None:
        return None, None
    return catalog, rids


def metadata_rows(brains, columns=FEATURE_COLUMNS):
    """The results' records as Rows of these columns, straight from the
    catalog's storage.

    Making a brain costs more than reading its record; the results were already
    filtered for the user's permissions by the catalog search. Results of another
    shape (merged) are read through their brains.
    """
    catalog, rids = catalog_records(brains)
    if catalog is None:
        yield from brains
        return
    positions = [(name, catalog.schema[name]) for name in columns]
    data, paths = catalog.data, catalog.paths
    for rid in rids:
        record = data[rid]
        yield Row(paths[rid], {name: record[index] for name, index in positions})


def feature_collection(brains, request=None) -> dict:
    urls = URLs(request or getRequest())
    features = [
        feature(row, urls(row)) for row in metadata_rows(brains) if has_position(row)
    ]
    return {"type": "FeatureCollection", "features": features}
