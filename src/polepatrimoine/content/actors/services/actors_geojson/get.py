"""GET @actors-geojson: the filtered actors as an RFC 7946 FeatureCollection."""

from AccessControl import getSecurityManager
from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.actors import geojson
from polepatrimoine.content.actors import search
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request

import hashlib
import json


class ActorsGeoJSON(GuardedService, Service):
    content_type = "application/geo+json"

    def etag(self, filters: dict) -> str:
        """Changes with the catalog, the filters and what the user may see."""
        catalog = api.portal.get_tool("portal_catalog")
        user = getSecurityManager().getUser()
        allowed = sorted(catalog._listAllowedRolesAndUsers(user))
        key = json.dumps(
            [catalog.getCounter(), sorted(filters.items()), allowed], sort_keys=True
        )
        return '"' + hashlib.sha1(key.encode()).hexdigest() + '"'

    def render(self):
        self.check_permission()
        response = self.request.response
        try:
            filters = search.filters_from_form(self.request.form)
        except search.FilterError as error:
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
        collection = geojson.feature_collection(search.search(filters), self.request)
        response.setHeader("Content-Type", self.content_type)
        return json.dumps(collection, separators=(",", ":"))
