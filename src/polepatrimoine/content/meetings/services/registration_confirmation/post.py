"""POST /<event>/@registration-confirmation: follow the link of the e-mail, once."""

from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.meetings import signup
from zExceptions import BadRequest
from zope.interface import alsoProvides

import plone.protect.interfaces


class RegistrationConfirmation(Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        try:
            data = json_body(self.request)
        except BadRequest:
            data = None
        secret = data.get("token") if isinstance(data, dict) else None
        registration = signup.confirm(self.context, secret) if secret else None
        if registration is None:
            return error_response(self.request, 404, signup.LINK_INVALID)
        return {"state": registration.state}
