"""POST @newsletter-compose."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.newsletter.issues.actions import compose_issue


class NewsletterCompose(GuardedService, Service):
    def reply(self):
        entries = compose_issue(self.context)
        return {"@id": self.context.absolute_url(), "entries": entries}
