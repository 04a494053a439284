"""POST /<event>/@registrations: register; confirmed, waitlisted, or pending
until the link of the e-mail is followed."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings import signup
from polepatrimoine.content.meetings import submission
from zope.interface import alsoProvides

import plone.protect.interfaces


class RegistrationsPost(GuardedService, Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        wait = signup.retry_after(self.request)
        if wait:
            return ratelimit.too_many_requests(self.request, wait)
        data = json_body(self.request)
        user = None if api.user.is_anonymous() else api.user.get_current()
        try:
            values = submission.clean(data, user)
            registration = signup.submit(self.context, values, user)
        except registrations.RegistrationError as error:
            return bad_request(self.request, error.message, field=error.field)
        if registration is None or registration.state == registrations.PENDING:
            # The same answer whether the address was registered or not.
            self.request.response.setStatus(202)
            return {
                "state": registrations.PENDING,
                "message": translated(signup.ANSWER, self.request),
            }
        self.request.response.setStatus(201)
        return {"id": registration.id, "state": registration.state}
