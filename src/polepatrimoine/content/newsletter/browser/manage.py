"""The coordinators' page of the subscribers: search, counts, states, CSV in and out."""

from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter import listing
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.listing import run_import
from Products.Five import BrowserView
from zope.interface import alsoProvides

import transaction
import urllib.parse


STATE_TITLES = {
    subscribers.PENDING: _("Pending confirmation"),
    subscribers.ACTIVE: _("Active"),
    subscribers.UNSUBSCRIBED: _("Unsubscribed"),
    subscribers.BOUNCING: _("Bouncing"),
}
PAGE_SIZE = 200


class SubscribersView(BrowserView):
    error = None
    errors = ()
    message = None
    result = None

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            alsoProvides(self.request, IDisableCSRFProtection)
            try:
                if self.request.form.get("import"):
                    self.do_import()
                elif self.request.form.get("change"):
                    self.change_state()
            except RequestError as error:
                transaction.doom()
                self.request.response.setStatus(error.status)
                self.error = translated(error.message, self.request)
        return self.index()

    def do_import(self):
        upload = self.request.form.get("file")
        data = upload.read(2_000_001) if hasattr(upload, "read") else None
        result = run_import(self.request, data, self.request.form.get("source", ""))
        if "error" in result:
            self.error = result["error"]["message"]
            self.errors = result["error"]["errors"]
        else:
            self.result = result

    def change_state(self):
        state = self.request.form.get("state_new", "")
        subscriber = subscribers.store().get(self.request.form.get("email", ""))
        if subscriber is None or state not in subscribers.STATES:
            raise RequestError(_("No subscriber has this address."), "email")
        subscribers.set_state(subscriber, state)
        self.message = _(
            "The state of ${email} is now: ${state}.",
            mapping={
                "email": subscriber.email,
                "state": translated(STATE_TITLES[state], self.request),
            },
        )

    def filters(self):
        return listing.filters(self.request)

    def export_url(self):
        text, state = self.filters()
        query = urllib.parse.urlencode({"q": text, "state": state})
        return f"{self.context.absolute_url()}/@@newsletter-subscribers.csv?{query}"

    def items(self):
        return [s.as_dict() for s in listing.found(self.request)[:PAGE_SIZE]]

    def total(self):
        return len(listing.found(self.request))

    def counts(self):
        return subscribers.store().counts()

    def states(self):
        return [
            {"id": state, "title": STATE_TITLES[state]} for state in subscribers.STATES
        ]

    def state_title(self, state):
        return STATE_TITLES.get(state, state)


class SubscribersCsv(BrowserView):
    def __call__(self):
        return listing.csv_response(self.request)
