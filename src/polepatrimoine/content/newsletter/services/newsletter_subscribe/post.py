"""POST /@newsletter-subscribe: ask for a subscription; the same 202 for every address."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter import subscription


class SubscribePost(GuardedService, Service):
    def reply(self):
        wait = subscription.retry_after(self.request)
        if wait:
            return ratelimit.too_many_requests(self.request, wait)
        data = json_body(self.request)
        user = None if api.user.is_anonymous() else api.user.get_current()
        try:
            values = subscription.clean(data, user)
        except subscription.SubscriptionError as error:
            return error_response(
                self.request, error.status, error.message, field=error.field
            )
        subscriber = subscription.subscribe(values, "rest", user)
        if (
            subscription.own_address(values["email"], user)
            and subscriber.state == subscribers.ACTIVE
        ):
            # Members learn their own state only: the address is their account's.
            return {"state": subscriber.state}
        self.request.response.setStatus(202)
        return {
            "state": subscribers.PENDING,
            "message": translated(subscription.ANSWER, self.request),
        }
