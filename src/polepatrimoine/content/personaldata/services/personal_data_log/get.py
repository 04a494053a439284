"""GET /@personal-data-log: the audit log of personal-data requests (coordinators)."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.personaldata import access
from polepatrimoine.content.personaldata import log


class PersonalDataLogGet(GuardedService, Service):
    def reply(self):
        access.require_coordinator()
        items = log.entries()
        return {
            "@id": f"{self.context.absolute_url()}/@personal-data-log",
            "items": items,
            "items_total": len(items),
        }
