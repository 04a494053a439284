"""GET @actors-export: the actors the user may see, as CSV (tokens unless ``?style=fr``)."""

from plone.restapi.services import Service
from polepatrimoine.content.actors import search
from polepatrimoine.content.actors.importer.download import export_download
from polepatrimoine.content.actors.importer.download import set_download_headers
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request

import json


class ActorsExport(GuardedService, Service):
    def render(self):
        self.check_permission()
        response = self.request.response
        try:
            data = export_download(self.request, default_style="tokens")
        except search.FilterError as error:
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                bad_request(self.request, error.message, field=error.field)
            )
        set_download_headers(response)
        return data
