"""POST and DELETE /Plone/@my-notifications/feed: a new calendar token, or none.

POST makes a token (the previous one stops working at once) and answers the
feed's address; DELETE revokes it (the feed answers 404 from then on).
"""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.agenda.feed import feed_url
from polepatrimoine.workflows.workinggroups.notifications import tokens
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


def check_feed_path(service) -> None:
    if service.params != ["feed"]:
        raise RequestError(_("There is nothing at this address."), status=404)


class FeedTokenPost(GuardedService, PathParams, Service):
    def reply(self):
        check_feed_path(self)
        token = tokens.regenerate(current_userid())
        self.request.response.setStatus(201)
        return {"url": feed_url(token), "token": token}


class FeedTokenDelete(GuardedService, PathParams, Service):
    def reply(self):
        check_feed_path(self)
        if not tokens.revoke(current_userid()):
            raise RequestError(_("You have no calendar feed."), status=404)
        self.request.response.setStatus(204)
        return None
