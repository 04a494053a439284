"""``<poll>/@polls``: GET the poll and its answers; POST one's answers;
POST ``@polls/close`` {"date"}: a coordinator closes it into a meeting."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import closing
from polepatrimoine.workflows.workinggroups.polls import serialize
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from zExceptions import NotFound


class PollGet(GuardedService, Service):
    def reply(self):
        return serialize.detail(self.context)


class PollPost(GuardedService, PathParams, Service):
    def reply(self):
        data = json_body(self.request)
        if not self.params:
            if not answers.can_answer(self.context):
                raise RequestError(
                    _("Only the group's members and coordinators answer an open poll."),
                    status=403,
                )
            answers.answer(self.context, current_userid(), data.get("answers"))
            return serialize.detail(self.context)
        if self.params != ["close"]:
            raise NotFound(self, "/".join(self.params), self.request)
        if not closing.can_close(self.context):
            raise RequestError(
                _("Only the group's coordinators close an open poll."), status=403
            )
        event = closing.close(self.context, data.get("date"), current_userid())
        return {**serialize.detail(self.context), "meeting": event.absolute_url()}
