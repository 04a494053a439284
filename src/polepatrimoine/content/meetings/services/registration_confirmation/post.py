"""POST /<event>/@registration-confirmation: follow the link of the e-mail, once."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.meetings import signup


class RegistrationConfirmation(GuardedService, Service):
    """A logged-in member's forged request is refused by the CSRF rule like
    every other write; the link's secret is the visitor's only authority."""

    def reply(self):
        secret = json_body(self.request).get("token")
        if not isinstance(secret, str):
            secret = None
        registration = signup.confirm(self.context, secret) if secret else None
        if registration is None:
            return error_response(self.request, 404, signup.LINK_INVALID)
        return {"state": registration.state}
