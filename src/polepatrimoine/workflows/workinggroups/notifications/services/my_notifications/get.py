"""GET /Plone/@my-notifications: the member's modes per group and calendar feed."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.notifications.overview import overview
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


def answer(service) -> dict:
    return {
        "@id": f"{service.context.absolute_url()}/@my-notifications",
        **overview(current_userid(), service.request),
    }


def check_no_params(service) -> None:
    if service.params:
        raise RequestError(_("There is nothing at this address."), status=404)


class MyNotificationsGet(GuardedService, PathParams, Service):
    def reply(self):
        check_no_params(self)
        return answer(self)
