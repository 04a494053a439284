"""GET @history: who edited, by full name only, but for coordinators.

CMFEditions records an editor's login (the e-mail address on this site) and
plone.restapi hands it out as the actor's id and, without a full name, as the
full name: only those who manage the group's members (the group's and the
site's coordinators) read them. A version that is not a number, or does not
exist, answers a French 400 or 404 rather than plone.restapi's 500.
"""

from plone import api
from plone.restapi.services.history.get import HistoryGet as BaseHistoryGet
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage
from Products.CMFEditions.interfaces.IArchivist import ArchivistError


def _fullname(principal: str) -> str | None:
    user = api.user.get(userid=principal) or api.user.get(username=principal)
    return (user.getProperty("fullname") or None) if user is not None else None


class HistoryGet(GuardedService, BaseHistoryGet):
    def check_version(self) -> None:
        if self.version == "current":
            return
        # int() would also take " 1", "-1" (the last version) or "1_0".
        if not (self.version.isascii() and self.version.isdigit()):
            raise RequestError(
                _("The version must be a whole number (0, 1, 2…)."), field="version"
            )
        repository = api.portal.get_tool("portal_repository")
        try:
            repository.retrieve(self.context, int(self.version))
        except ArchivistError:
            raise RequestError(
                _("This version does not exist."), field="version", status=404
            ) from None

    def reply(self):
        if self.version:
            self.check_version()
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
