"""GET @home: the home page's blocks in their configured order, with their items."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.home import blocks


class HomeGet(GuardedService, Service):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@home",
            "title": self.context.Title(),
            "blocks": blocks.blocks(self.request),
        }
