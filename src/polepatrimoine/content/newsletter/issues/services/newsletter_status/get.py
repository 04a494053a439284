"""GET @newsletter-status."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.newsletter.issues.actions import status_info


class NewsletterStatus(GuardedService, Service):
    def reply(self):
        return {"@id": self.context.absolute_url(), **status_info(self.context)}
