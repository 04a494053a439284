"""GET and POST /@newsletter-confirm/<token>: the confirmation link, over REST."""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter import subscription
from zope.interface import alsoProvides


class ConfirmBase(GuardedService, PathParams, Service):
    def token(self) -> str:
        return self.params[0] if self.params else ""

    def pending(self):
        found = subscribers.store().by_confirmation(self.token())
        if found is None or found.state != subscribers.PENDING or found.expired():
            return None
        return found


class ConfirmGet(ConfirmBase):
    def reply(self):
        if self.pending() is None:
            return error_response(self.request, 404, subscription.LINK_INVALID)
        return {"valid": True}


class ConfirmPost(ConfirmBase):
    # No CSRF token: nobody can forge this request without the link's secret.
    reads_json = False

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        subscriber = subscription.confirm(self.token())
        if subscriber is None:
            return error_response(self.request, 404, subscription.LINK_INVALID)
        return {"state": subscriber.state}
