"""POST @newsletter-send: ``{}`` queues the issue (202), ``{"test": address}`` sends one copy."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.newsletter.issues import actions


class NewsletterSend(GuardedService, Service):
    def reply(self):
        data = json_body(self.request)
        if "test" in data:
            email = actions.test_address(data["test"])
            actions.test_issue(self.context, email)
            return {"@id": self.context.absolute_url(), "test": email, "sent": True}
        actions.queue_issue(self.context)
        self.request.response.setStatus(202)
        return {
            "@id": self.context.absolute_url(),
            "status_url": f"{self.context.absolute_url()}/@newsletter-status",
            **actions.status_info(self.context),
        }
