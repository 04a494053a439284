"""GET @comments of an item in a space: a comment answers only those who may read it.

plone.restapi's ``@comments/<id>`` serializes the comment after checking View
on the item alone: a published item of a group would hand its comments to
anyone. Here a comment needs "View comments" on the item and View on the
comment itself (the group's roles, ``polepatrimoine_group_comment_workflow``);
an id that is not a number or names no comment is a French 404.
"""

from plone.app.discussion.interfaces import IConversation
from plone.restapi.services.discussion.conversation import (
    CommentsGet as BaseCommentsGet,
)
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from Products.CMFCore.utils import _checkPermission
from zExceptions import Unauthorized
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class CommentsGet(GuardedService, BaseCommentsGet):
    requested = None

    def publishTraverse(self, request, name):
        if name:
            # plone.restapi answers an English 400 for "abc": here, no such comment.
            self.requested = name
            self.comment_id = int(name) if name.isascii() and name.isdigit() else None
        return self

    def reply(self):
        may_read = _checkPermission("View comments", self.context)
        if self.requested is None:
            if not may_read:
                # Not even how many there are.
                return {
                    "@id": f"{self.context.absolute_url()}/@comments",
                    "items": [],
                    "items_total": 0,
                    "permissions": {"view_comments": False, "can_reply": False},
                }
            return super().reply()
        if not may_read:
            raise Unauthorized(_("You may not read the comments of this item."))
        comment = None
        if self.comment_id is not None:
            comment = IConversation(self.context).get(self.comment_id)
        if comment is None:
            raise RequestError(_("This comment does not exist."), status=404)
        if not _checkPermission("View", comment):
            raise Unauthorized(_("You may not read this comment."))
        return super().reply()
