"""GET @history: who edited, by full name only, but for coordinators.

CMFEditions records an editor's login (the e-mail address on this site) and
plone.restapi hands it out as the actor's id and, without a full name, as the
full name: only those who manage the group's members (the group's and the
site's coordinators) read them.
"""

from plone import api
from plone.restapi.services.history.get import HistoryGet as BaseHistoryGet
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage


def _fullname(principal: str) -> str | None:
    user = api.user.get(userid=principal) or api.user.get(username=principal)
    return (user.getProperty("fullname") or None) if user is not None else None


class HistoryGet(BaseHistoryGet):
    def reply(self):
        data = super().reply()
        if self.version or can_manage(self.context):
            return data
        names = {}
        for item in data:
            actor = item.get("actor") or {}
            principal = actor.get("id")
            if principal is None:
                # Anonymous or unknown: plone.restapi's label, no identity.
                continue
            if principal not in names:
                names[principal] = _fullname(principal)
            item["actor"] = {
                "@id": None,
                "id": None,
                "username": None,
                "fullname": names[principal],
            }
        return data
