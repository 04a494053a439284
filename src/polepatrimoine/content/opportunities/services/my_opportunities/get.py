"""GET /@my-opportunities: the logged-in member's offers and their applications."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.opportunities.applications import access
from polepatrimoine.content.opportunities.applications import my_offers


LOGIN = _("Log in to see your offers.")


def member_id() -> str:
    if api.user.is_anonymous():
        raise RequestError(LOGIN, status=401)
    return api.user.get_current().getId()


class MyOpportunitiesGet(GuardedService, Service):
    def reply(self):
        # Personal data: never kept by a shared cache.
        self.request.response.setHeader("Cache-Control", "private, no-store")
        items = [
            my_offers.offer_data(offer, self.request)
            for offer in access.offers_of(member_id())
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@my-opportunities",
            "items": items,
            "items_total": len(items),
        }
