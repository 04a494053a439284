"""GET /@personal-data-policy: the public page « Données personnelles » as JSON."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.personaldata.policy import policy


class PolicyGet(GuardedService, Service):
    def reply(self):
        data = policy(self.request)
        data["@id"] = f"{self.context.absolute_url()}/@personal-data-policy"
        return data
