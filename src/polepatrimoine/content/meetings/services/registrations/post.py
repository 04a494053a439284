"""POST /<event>/@registrations: register, confirmed or on the waiting list."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common.locking import serialized
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations
from zope.interface import alsoProvides

import plone.protect.interfaces


class RegistrationsPost(GuardedService, Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        data = json_body(self.request)
        user = None if api.user.is_anonymous() else api.user.get_current()
        try:
            values = registrations.clean(data, user)
            with serialized(self.context):
                registration = registrations.register(
                    self.context, values, user.getId() if user else None
                )
        except registrations.RegistrationError as error:
            return bad_request(self.request, error.message, field=error.field)
        mails.send_confirmation(self.context, registration)
        self.request.response.setStatus(201)
        return {"id": registration.id, "state": registration.state}
