"""POST /<group>/@group-mail {"subject", "text", "to"}: a coordinator writes to the group."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


class GroupMailPost(GuardedService, Service):
    def reply(self):
        data = json_body(self.request)
        message = sending.send_group_mail(
            self.context,
            current_userid(),
            data.get("subject"),
            data.get("text"),
            data.get("to", "all"),
        )
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", message.absolute_url())
        return sending.as_dict(message)
