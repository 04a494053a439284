"""GET /<call>/@jury: the call's jurors and who may be assigned."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.calls import jury
from polepatrimoine.content.common.rest import GuardedService


def describe(user_id: str) -> dict:
    user = api.user.get(userid=user_id)
    fullname = user.getProperty("fullname") if user is not None else ""
    return {"id": user_id, "fullname": fullname or user_id}


class JuryGet(GuardedService, Service):
    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@jury",
            "group": jury.jury_group_id(self.context),
            "items": [describe(uid) for uid in jury.jurors(self.context)],
            "candidates": [describe(uid) for uid in jury.candidates()],
        }
