"""GET /<event>/@registration-status: open or not, places left; never who."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.meetings.registrations import registration_status


class RegistrationStatus(GuardedService, Service):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@registration-status",
            **registration_status(self.context),
        }
