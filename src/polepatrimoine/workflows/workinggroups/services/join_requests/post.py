"""POST /<group>/@join-requests {"message"}: ask to join.

POST /<group>/@join-requests/<id>/approve and .../<id>/reject {"reason"}: a
coordinator decides.
"""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import body
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from polepatrimoine.workflows.workinggroups.services.helpers import disable_csrf
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


ACTIONS = ("approve", "reject")


@implementer(IPublishTraverse)
class JoinRequestsPost(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        if len(self.params) >= 2:
            raise NotFound(self, name, request)
        self.params.append(name)
        return self

    def reply(self):
        disable_csrf(self)
        if not self.params:
            return self.file()
        if len(self.params) != 2 or self.params[1] not in ACTIONS:
            raise NotFound(self, "/".join(self.params), self.request)
        return self.decide(*self.params)

    def file(self):
        userid = current_userid()
        if userid is None:
            raise Unauthorized("Log in to ask to join a working group.")
        try:
            message = body(self, required=False).get("message", "")
        except ValueError as error:
            return bad_request(self.request, error.args[0])
        if not isinstance(message, str):
            return bad_request(
                self.request, "'message' must be a text.", field="message"
            )
        try:
            request = joinrequests.file_request(self.context, userid, message)
        except MembershipError as error:
            return bad_request(self.request, error.args[0])
        self.request.response.setStatus(201)
        self.request.response.setHeader(
            "Location", f"{self.context.absolute_url()}/@join-requests/{request.id}"
        )
        return {"id": request.id, "state": request.state}

    def decide(self, request_id, action):
        if not can_manage(self.context):
            raise Unauthorized("Only the group's coordinators decide on requests.")
        join_request = joinrequests.get(self.context, request_id)
        if join_request is None:
            raise NotFound(self, request_id, self.request)
        reason = ""
        if action == "reject":
            try:
                reason = body(self, required=False).get("reason", "")
            except ValueError as error:
                return bad_request(self.request, error.args[0])
            if not isinstance(reason, str):
                return bad_request(
                    self.request, "'reason' must be a text.", field="reason"
                )
        try:
            if action == "approve":
                joinrequests.approve(self.context, join_request, current_userid())
            else:
                joinrequests.reject(
                    self.context, join_request, current_userid(), reason
                )
        except MembershipError as error:
            return bad_request(self.request, error.args[0])
        return join_request.as_dict()
