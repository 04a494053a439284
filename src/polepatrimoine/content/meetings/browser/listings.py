"""The agenda, ressources and jeunes-pros sections: listings read from brains."""

from DateTime import DateTime
from plone import api
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.common.dates import french_when
from polepatrimoine.content.common.dates import paris
from polepatrimoine.content.common.rest import choice_param
from polepatrimoine.content.common.urls import query_url
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.vocabularies import MEETING_FORMATS
from polepatrimoine.content.vocabularies import title_of
from Products.Five import BrowserView


class AgendaView(BrowserView):
    """Upcoming events (filter by format) and past ConneXionS days."""

    formats = MEETING_FORMATS

    @property
    def selected_format(self):
        return choice_param(self.request, "format", dict(MEETING_FORMATS))

    def format_title(self, token):
        return title_of(MEETING_FORMATS, token or "")

    def when(self, brain):
        # No whole_day column in the catalog: a whole-day event starts at midnight.
        start = paris(brain.start)
        return french_when(start, whole_day=not (start.hour or start.minute))

    def day(self, brain):
        return french_date(brain.start)

    def replay_url(self, brain):
        # The catalog may still hold a link indexed before the rule.
        return safe_url(brain.replay_url)

    def format_url(self, token):
        return query_url(self.context.absolute_url() + "/@@agenda", format=token)

    def upcoming(self):
        query = {
            "portal_type": "Event",
            "end": {"query": DateTime(), "range": "min"},
            "sort_on": "start",
        }
        if self.selected_format:
            query["meeting_format"] = self.selected_format
        return api.content.find(**query)

    def past_connexions(self):
        brains = api.content.find(
            portal_type="Event",
            meeting_format="connexions",
            end={"query": DateTime(), "range": "max"},
            sort_on="start",
            sort_order="descending",
        )
        return [
            {"brain": brain, "resources": self.resources_of(brain)} for brain in brains
        ]

    def resources_of(self, brain):
        found = {}
        for resource in api.content.find(
            portal_type="Resource",
            related_event_uid=brain.UID,
            sort_on="sortable_title",
        ):
            found[resource.UID] = resource
        uids = [uid for uid in brain.related_resource_uids or () if uid not in found]
        if uids:
            for resource in api.content.find(UID=uids, sort_on="sortable_title"):
                found[resource.UID] = resource
        return list(found.values())
