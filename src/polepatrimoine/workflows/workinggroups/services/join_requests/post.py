"""POST /<group>/@join-requests {"message"}: ask to join.

POST /<group>/@join-requests/<id>/approve and .../<id>/reject {"reason"}: a
coordinator decides.
"""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.personaldata import consent
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import body
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from polepatrimoine.workflows.workinggroups.services.helpers import optional_text
from zExceptions import NotFound
from zExceptions import Unauthorized


ACTIONS = ("approve", "reject")


class JoinRequestsPost(GuardedService, PathParams, Service):
    max_params = 2

    def reply(self):
        if not self.params:
            return self.file()
        if len(self.params) != 2 or self.params[1] not in ACTIONS:
            raise NotFound(self, "/".join(self.params), self.request)
        return self.decide(*self.params)

    def file(self):
        userid = current_userid()
        if userid is None:
            raise Unauthorized(
                translated(_("Log in to ask to join a working group."), self.request)
            )
        message = optional_text(self, "message")
        if body(self).get(consent.FIELD) is not True:
            return bad_request(self.request, consent.MISSING, field=consent.FIELD)
        try:
            request = joinrequests.file_request(
                self.context, userid, message, consent.record(self.request)
            )
        except MembershipError as error:
            return bad_request(self.request, error.args[0], field=error.field)
        self.request.response.setStatus(201)
        self.request.response.setHeader(
            "Location", f"{self.context.absolute_url()}/@join-requests/{request.id}"
        )
        return {"id": request.id, "state": request.state}

    def decide(self, request_id, action):
        if not can_manage(self.context):
            raise Unauthorized(
                translated(
                    _("Only the group's coordinators decide on requests."), self.request
                )
            )
        join_request = joinrequests.get(self.context, request_id)
        if join_request is None:
            raise NotFound(self, request_id, self.request)
        reason = ""
        if action == "reject":
            reason = optional_text(self, "reason")
        try:
            if action == "approve":
                joinrequests.approve(self.context, join_request, current_userid())
            else:
                joinrequests.reject(
                    self.context, join_request, current_userid(), reason
                )
        except MembershipError as error:
            return bad_request(self.request, error.args[0], field=error.field)
        return join_request.as_dict()
