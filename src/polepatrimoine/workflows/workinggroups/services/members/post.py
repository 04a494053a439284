"""POST /<group>/@members {"user", "role"}: a coordinator adds an existing user."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import body
from polepatrimoine.workflows.workinggroups.services.helpers import disable_csrf


class MembersPost(Service):
    def reply(self):
        disable_csrf(self)
        try:
            data = body(self)
        except ValueError as error:
            return bad_request(self.request, error.args[0])
        try:
            membership.add_member(self.context, data.get("user"), data.get("role"))
        except MembershipError as error:
            return bad_request(self.request, error.args[0], field=error.field)
        userid = data["user"]
        self.request.response.setStatus(201)
        self.request.response.setHeader(
            "Location", f"{self.context.absolute_url()}/@members/{userid}"
        )
        return {
            **membership.user_info(userid, with_email=True),
            "role": membership.role_of(self.context, userid),
        }
