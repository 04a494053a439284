"""PATCH /Plone/@my-notifications {"groups": {"<group UID>": "each|weekly|none"}}."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.notifications import settings
from polepatrimoine.workflows.workinggroups.notifications.services.my_notifications.get import (
    answer,
)
from polepatrimoine.workflows.workinggroups.notifications.services.my_notifications.get import (
    check_no_params,
)
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


class MyNotificationsPatch(GuardedService, PathParams, Service):
    def reply(self):
        check_no_params(self)
        data = json_body(self.request)
        unknown = sorted(set(data) - {"groups"})
        if unknown:
            raise RequestError(
                _(
                    'Unknown field \'${name}\': send {"groups": {"<UID>": '
                    '"each|weekly|none"}}.',
                    mapping={"name": unknown[0]},
                ),
                field=unknown[0],
            )
        try:
            settings.set_modes(current_userid(), data.get("groups"))
        except settings.SettingsError as error:
            raise RequestError(error.message, field=error.field) from None
        return answer(self)
