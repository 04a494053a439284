"""PATCH /<group>/@members/<id> {"role"}: a coordinator changes a member's role."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import body
from polepatrimoine.workflows.workinggroups.services.members.traverse import (
    MemberTraverse,
)


class MembersPatch(GuardedService, MemberTraverse, Service):
    def change(self):
        role = text_value(body(self), "role", max_length=200, default=None)
        try:
            membership.change_role(self.context, self.userid, role)
        except MembershipError as error:
            return bad_request(self.request, error.args[0], field=error.field)
        return {
            **membership.user_info(self.userid, with_email=True),
            "role": membership.role_of(self.context, self.userid),
        }
