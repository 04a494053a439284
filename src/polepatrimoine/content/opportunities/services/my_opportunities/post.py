"""POST /@my-opportunities ``{"renew": <UID>, "deadline": "YYYY-MM-DD"}``: renew
an expired offer of the member."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.opportunities.applications import my_offers
from polepatrimoine.content.opportunities.applications.submission import (
    ApplicationError,
)
from polepatrimoine.content.opportunities.services.my_opportunities.get import member_id


class MyOpportunitiesPost(GuardedService, Service):
    def reply(self):
        member_id()
        data = json_body(self.request)
        try:
            offer = my_offers.find_offer(data.get("renew"))
            deadline = my_offers.parse_deadline(data.get("deadline"))
            my_offers.renew(offer, deadline)
        except ApplicationError as error:
            raise RequestError(error.message, error.field, error.status) from None
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return my_offers.offer_data(offer, self.request)
