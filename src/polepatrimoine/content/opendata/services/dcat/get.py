"""GET @dcat: the DCAT-AP catalogue of the site's datasets, in JSON-LD."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.opendata import dcat


class DcatGet(GuardedService, Service):
    def reply(self):
        return dcat.catalogue(self.request)
