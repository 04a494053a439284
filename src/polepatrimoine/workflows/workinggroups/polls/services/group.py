"""``<group>/@polls``: GET the group's polls, POST a new one (coordinators)."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.workflows.workinggroups.polls import creating
from polepatrimoine.workflows.workinggroups.polls import serialize


class GroupPollsGet(GuardedService, Service):
    def reply(self):
        brains = api.content.find(
            context=self.context,
            portal_type="DatePoll",
            sort_on="created",
            sort_order="descending",
        )
        items = sorted(
            (serialize.summary(brain) for brain in brains),
            key=lambda item: not item["open"],
        )
        return {
            "@id": f"{self.context.absolute_url()}/@polls",
            "items": items,
            "items_total": len(items),
        }


class GroupPollsPost(GuardedService, Service):
    def reply(self):
        poll = creating.create_poll(self.context, json_body(self.request))
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", poll.absolute_url())
        return serialize.detail(poll)
