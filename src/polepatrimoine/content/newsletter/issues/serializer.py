"""REST reads of an issue's entries: visitors get only those still public.

The stored entries keep the UID, title and summary the coordinators chose; an
item unpublished since the issue was sent must not be named to anyone who may
not manage the newsletter (the issue's page already leaves it out).
"""

from plone import api
from plone.restapi.serializer.dxfields import DefaultFieldSerializer
from polepatrimoine.content.newsletter.issues.compose import public_brains
from polepatrimoine.content.newsletter.permissions import MANAGE_NEWSLETTER


class PublicEntriesSerializer(DefaultFieldSerializer):
    def get_value(self, default=None):
        entries = super().get_value(default)
        if self.field.__name__ != "entries" or not entries:
            return entries
        if api.user.has_permission(MANAGE_NEWSLETTER, obj=self.context):
            return entries
        uids = [e.get("uid") for e in entries if isinstance(e, dict) and e.get("uid")]
        public = {b.UID for b in public_brains(UID=uids)} if uids else set()
        return [
            entry
            for entry in entries
            if isinstance(entry, dict)
            and (not entry.get("uid") or entry["uid"] in public)
        ]
