"""GET /<application>/@review: the jury's internal notes and scores."""

from plone.restapi.services import Service
from polepatrimoine.content.calls.application import REVIEW_FIELDS
from polepatrimoine.content.calls.listing import scores
from polepatrimoine.content.common.rest import GuardedService


def review_data(application) -> dict:
    data = {name: getattr(application, name, None) for name in REVIEW_FIELDS}
    data["total"] = scores(application)["total"]
    return data


class ReviewGet(GuardedService, Service):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@review",
            **review_data(self.context),
        }
