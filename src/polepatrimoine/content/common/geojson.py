"""Maps of catalog results: GeoJSON features read from the catalog's metadata records, and their service."""

from AccessControl import getSecurityManager
from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.common.facets import catalog_records
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from zope.globalrequest import getRequest

import hashlib
import json
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


def point(brain) -> dict:
    return {"type": "Point", "coordinates": [brain.longitude, brain.latitude]}


class URLs:
    """brain.getURL(), with each folder's URL computed once (the items of a listing share a few)."""

    def __init__(self, request):
        self.request = request
        self.folders = {}

    def __call__(self, brain) -> str:
        folder, _sep, name = brain.getPath().rpartition("/")
        prefix = self.folders.get(folder)
        if prefix is None:
            prefix = self.folders[folder] = self.request.physicalPathToURL(folder)
        return f"{prefix}/{name}"


class Row:
    """The metadata of one catalog record, read without making a brain of it."""

    __slots__ = ("_path", "__dict__")

    def __init__(self, path, values):
        self._path = path
        self.__dict__.update(values)

    def getPath(self):  # noqa: N802 (the brain's API)
        return self._path


def metadata_rows(brains, columns):
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


def feature_collection(brains, feature, columns, request=None) -> dict:
    """An RFC 7946 FeatureCollection of the results that have a position;
    ``feature(row, url)`` makes each Feature from the metadata ``columns``."""
    urls = URLs(request or getRequest())
    features = [
        feature(row, urls(row))
        for row in metadata_rows(brains, columns)
        if has_position(row)
    ]
    return {"type": "FeatureCollection", "features": features}


class GeoJSONService(GuardedService, Service):
    """GET a filtered listing as GeoJSON, with an ETag.

    Subclasses give ``facets`` (a ``facets.Facets``) and ``collection(filters)``.
    """

    content_type = "application/geo+json"
    facets = None

    def collection(self, filters: dict) -> dict:
        raise NotImplementedError

    def etag_parts(self) -> list:
        """What else the answer changes with (a listing that changes with time
        adds the day)."""
        return []

    def etag(self, filters: dict) -> str:
        """Changes with the catalog, the filters and what the user may see."""
        catalog = api.portal.get_tool("portal_catalog")
        user = getSecurityManager().getUser()
        allowed = sorted(catalog._listAllowedRolesAndUsers(user))
        key = json.dumps(
            [
                catalog.getCounter(),
                sorted(filters.items()),
                allowed,
                *self.etag_parts(),
            ],
            sort_keys=True,
        )
        return '"' + hashlib.sha1(key.encode()).hexdigest() + '"'

    def render(self):
        self.check_permission()
        response = self.request.response
        try:
            filters = self.facets.filters_from_form(self.request.form)
        except FilterError as error:
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                bad_request(self.request, error.message, field=error.field)
            )
        etag = self.etag(filters)
        response.setHeader("ETag", etag)
        response.setHeader("Cache-Control", "private, no-cache")
        if etag in self.request.getHeader("If-None-Match", "").split(", "):
            response.setStatus(304)
            return ""
        collection = self.collection(filters)
        response.setHeader("Content-Type", self.content_type)
        return json.dumps(collection, separators=(",", ":"))
