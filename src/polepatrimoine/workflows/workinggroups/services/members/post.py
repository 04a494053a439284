"""POST /<group>/@members {"user", "role"}: a coordinator adds an existing user."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import body


# A user id or a role: a name, never a text.
MAX_ID = 200


class MembersPost(GuardedService, Service):
    def reply(self):
        data = body(self)
        userid = text_value(data, "user", max_length=MAX_ID, default=None)
        role = text_value(data, "role", max_length=MAX_ID, default=None)
        try:
            membership.add_member(self.context, userid, role)
        except MembershipError as error:
            return bad_request(self.request, error.args[0], field=error.field)
        self.request.response.setStatus(201)
        self.request.response.setHeader(
            "Location", f"{self.context.absolute_url()}/@members/{userid}"
        )
        return {
            **membership.user_info(userid, with_email=True),
            "role": membership.role_of(self.context, userid),
        }
