"""POST @comments: plone.restapi's, with the suite's checks first.

plone.restapi turns off CSRF protection for this service and answers in
English (a 401 "Anonymous user tries to post a comment…" even to a member);
here the suite's CSRF rule applies (``GuardedService``), and a comment
outside a space, by someone who may not comment, or without text, is refused
in French, naming the field, before anything is written.
"""

from plone import api
from plone.restapi.services.discussion.conversation import (
    CommentsAdd as BaseCommentsAdd,
)
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.discussions.commentable import commentable
from Products.CMFCore.utils import _checkPermission
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


MAX_COMMENT = 10_000


@implementer(IPublishTraverse)
class CommentsAdd(GuardedService, BaseCommentsAdd):
    bad_id = False

    def publishTraverse(self, request, name):
        if name and not (name.isascii() and name.isdigit()):
            # plone.restapi would answer an English 400 while traversing.
            self.bad_id = True
            return self
        return super().publishTraverse(request, name)

    def check(self) -> None:
        if self.bad_id:
            raise RequestError(_("This comment does not exist."), status=404)
        if not self.context.restrictedTraverse("@@conversation_view").enabled():
            reason = (
                _("Comments are closed on this item.")
                if commentable(self.context)
                else _("Comments are open inside the working groups' spaces only.")
            )
            raise RequestError(reason, status=403)
        if not _checkPermission("Reply to item", self.context):
            if api.user.is_anonymous():
                raise RequestError(_("Log in to comment."), status=401)
            raise RequestError(
                _("Only the group's coordinators and members may comment."),
                status=403,
            )
        body = json_body(self.request)
        unknown = sorted(set(body) - {"text"})
        if unknown:
            raise RequestError(
                _("Unknown field '${name}'.", mapping={"name": unknown[0]}),
                field=unknown[0],
            )
        if not text_value(body, "text", max_length=MAX_COMMENT).strip():
            raise RequestError(_("Write the text of the comment."), field="text")

    def reply(self):
        self.check()
        return super().reply()
