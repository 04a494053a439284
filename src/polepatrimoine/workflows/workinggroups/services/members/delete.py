"""DELETE /<group>/@members/<id>: a coordinator removes a member, or a user leaves."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import translated
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from polepatrimoine.workflows.workinggroups.services.members.traverse import (
    MemberTraverse,
)
from zExceptions import Unauthorized


class MembersDelete(GuardedService, MemberTraverse, Service):
    def change(self):
        if self.userid != current_userid() and not can_manage(self.context):
            raise Unauthorized(
                translated(_("Only coordinators remove other members."), self.request)
            )
        try:
            membership.remove_member(self.context, self.userid)
        except MembershipError as error:
            return bad_request(self.request, error.args[0])
        return self.reply_no_content()
