"""The member id in /<group>/@members/<id>."""

from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.workflows import _


class MemberTraverse(PathParams):
    """Takes one path segment after the service name as ``self.userid``; its
    ``reply`` refuses a request without one, then calls ``change``."""

    @property
    def userid(self) -> str | None:
        return self.params[0] if self.params else None

    def reply(self):
        if self.userid is None:
            return bad_request(
                self.request,
                _(
                    "Missing member id: ${method} @members/<id>.",
                    mapping={"method": self.request.method},
                ),
            )
        return self.change()
