"""The links of the e-mails: confirm and unsubscribe, each a page with a button.

Mail scanners and link previews open every link with GET: a GET changes
nothing, the button's POST does. The token in the URL is the only authority
(no login, no CSRF token: nobody can forge the request without the secret),
and an unknown token answers the same neutral page whatever the reason.
"""

from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter import subscription
from Products.Five import BrowserView
from zExceptions import NotFound
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class TokenView(BrowserView):
    token = ""
    done = False
    not_found = False

    def publishTraverse(self, request, name):
        if self.token:
            raise NotFound(self, name, request)
        self.token = name
        return self

    def action(self):
        return f"{self.context.absolute_url()}/@@{self.__name__}/{self.token}"


class ConfirmView(TokenView):
    subscriber = None

    def __call__(self):
        found = subscribers.store().by_confirmation(self.token)
        if found is None or found.state != subscribers.PENDING or found.expired():
            self.not_found = True
        elif self.request.method == "POST":
            alsoProvides(self.request, IDisableCSRFProtection)
            self.subscriber = subscription.confirm(self.token)
            self.done = self.subscriber is not None
            self.not_found = not self.done
        if self.not_found:
            self.request.response.setStatus(404)
        return self.index()


class UnsubscribeView(TokenView):
    def __call__(self):
        if self.request.method == "POST":
            # The page's button, or RFC 8058's one-click POST of a mail client
            # (body ``List-Unsubscribe=One-Click``): both unsubscribe.
            alsoProvides(self.request, IDisableCSRFProtection)
            self.done = subscription.unsubscribe(self.token) is not None
            self.not_found = not self.done
        elif subscribers.store().by_token(self.token) is None:
            self.not_found = True
        if self.not_found:
            self.request.response.setStatus(404)
        return self.index()
