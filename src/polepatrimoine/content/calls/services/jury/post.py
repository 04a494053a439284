"""POST /<call>/@jury {"members": [user ids]}: set the call's jury."""

from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.calls import jury
from polepatrimoine.content.calls.services.jury.get import describe
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import json_body


class JuryPost(GuardedService, Service):
    def reply(self):
        members = json_body(self.request).get("members")
        if not isinstance(members, list) or not all(
            isinstance(m, str) for m in members
        ):
            return bad_request(
                self.request,
                _("A list of user ids is expected."),
                field="members",
            )
        try:
            jury.set_jurors(self.context, members)
        except ValueError as exc:
            return bad_request(
                self.request,
                _(
                    "Not members of the Jury group: ${users}.",
                    mapping={"users": str(exc)},
                ),
                field="members",
            )
        return {
            "@id": f"{self.context.absolute_url()}/@jury",
            "items": [describe(uid) for uid in jury.jurors(self.context)],
        }
