"""PATCH @newsletter-subscribers: a coordinator changes the state of one address."""

from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.content.newsletter import subscribers


class SubscriberStatePatch(GuardedService, Service):
    def reply(self):
        data = json_body(self.request)
        email = text_value(data, "email", 254)
        state = text_value(data, "state", 20)
        if state not in subscribers.STATES:
            raise RequestError(
                _("Unknown state: expected pending, active, unsubscribed or bouncing."),
                field="state",
            )
        subscriber = subscribers.store().get(email)
        if subscriber is None:
            raise RequestError(_("No subscriber has this address."), "email", 404)
        subscribers.set_state(subscriber, state)
        return subscriber.as_dict()
