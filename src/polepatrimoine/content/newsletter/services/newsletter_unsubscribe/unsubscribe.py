"""GET and POST /@newsletter-unsubscribe/<token>: leave the list in one request."""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter import subscription
from zope.interface import alsoProvides


HOW = _("Send a POST request to this address to unsubscribe from the newsletter.")
DONE = _("You are unsubscribed from the newsletter: you will receive no more issues.")


class UnsubscribeGet(GuardedService, PathParams, Service):
    def reply(self):
        # The same answer for every token: a GET reveals nothing and changes nothing.
        return {"method": "POST", "message": translated(HOW, self.request)}


class UnsubscribePost(GuardedService, PathParams, Service):
    # RFC 8058's one-click POST is a form body; no CSRF token, the link's
    # secret is the authority.
    reads_json = False

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        token = self.params[0] if self.params else ""
        subscriber = subscription.unsubscribe(token)
        if subscriber is None:
            return error_response(self.request, 404, subscription.UNSUBSCRIBE_INVALID)
        return {"state": subscriber.state, "message": translated(DONE, self.request)}
