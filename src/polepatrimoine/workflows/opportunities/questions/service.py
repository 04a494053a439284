"""POST jeunes-pros/@jeunes-pros-question: a question mailed to the group's coordinators."""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import translated
from polepatrimoine.workflows import _
from polepatrimoine.workflows.opportunities.questions import routing
from zope.interface import alsoProvides


class QuestionPost(GuardedService, Service):
    def reply(self):
        if not routing.is_section(self.context):
            raise RequestError(
                _("Questions are asked on the Jeunes-Pros section."),
                status=404,
            )
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = routing.retry_after(self.request)
        if wait:
            return ratelimit.too_many_requests(self.request, wait)
        values = routing.clean(json_body(self.request))
        routing.ask(self.context, values)
        self.request.response.setStatus(202)
        return {"message": translated(routing.SENT, self.request)}
