"""GET /<group>/@group-mail: the messages kept in the space, newest first."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.workflows.workinggroups.groupmail import sending


class GroupMailGet(GuardedService, Service):
    def reply(self):
        items = [
            sending.as_dict(brain) for brain in sending.kept_messages(self.context)
        ]
        return {
            "@id": f"{self.context.absolute_url()}/@group-mail",
            "items": items,
            "items_total": len(items),
        }
