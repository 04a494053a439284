"""The block of the space page (``@@space``) for group mail and date polls."""

from plone import api
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.polls import creating
from polepatrimoine.workflows.workinggroups.polls import serialize
from Products.Five.browser import BrowserView


class SpaceBlock(BrowserView):
    def polls(self):
        brains = api.content.find(
            context=self.context,
            portal_type="DatePoll",
            poll_open=True,
            sort_on="created",
            sort_order="descending",
        )
        return [serialize.summary(brain) for brain in brains]

    def can_send(self):
        return sending.can_send(self.context)

    def can_add_poll(self):
        return api.user.has_permission(creating.ADD, obj=self.context)

    def messages_count(self):
        return len(sending.kept_messages(self.context))
