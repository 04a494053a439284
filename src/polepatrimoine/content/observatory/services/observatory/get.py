"""GET @observatory: the observatory's figures as JSON, with the page's filters."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.observatory import filters
from polepatrimoine.content.observatory import report


class ObservatoryGet(GuardedService, Service):
    def reply(self):
        document = report.build(filters.from_request(self.request), self.request)
        return {"@id": f"{self.context.absolute_url()}/@observatory", **document}
