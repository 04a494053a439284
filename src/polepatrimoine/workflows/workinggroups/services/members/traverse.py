"""The member id in /<group>/@members/<id>."""

from zExceptions import NotFound
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class MemberTraverse:
    """Takes one path segment after the service name as ``self.userid``."""

    userid = None

    def publishTraverse(self, request, name):
        if self.userid is not None:
            raise NotFound(self, name, request)
        self.userid = name
        return self
