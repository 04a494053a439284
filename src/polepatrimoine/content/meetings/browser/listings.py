"""The agenda, ressources and jeunes-pros sections: listings read from brains."""

from DateTime import DateTime
from plone import api
from polepatrimoine.content.meetings.vocabularies import AUDIENCES
from polepatrimoine.content.meetings.vocabularies import MEETING_FORMATS
from polepatrimoine.content.meetings.vocabularies import RESOURCE_TYPES
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import title_of
from Products.Five import BrowserView


def _query_url(base, **params):
    from urllib.parse import urlencode

    params = {key: value for key, value in params.items() if value}
    return f"{base}?{urlencode(params)}" if params else base


class AgendaView(BrowserView):
    """Upcoming events (filter by format) and past ConneXionS days."""

    formats = MEETING_FORMATS

    @property
    def selected_format(self):
        value = self.request.form.get("format", "")
        return value if value in dict(MEETING_FORMATS) else ""

    def format_title(self, token):
        return title_of(MEETING_FORMATS, token or "")

    def format_url(self, token):
        return _query_url(self.context.absolute_url() + "/@@agenda", format=token)

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


class ResourcesView(BrowserView):
    """Faceted listing of resources: type, audience, heritage domains."""

    facets = (
        ("type", "resource_type", RESOURCE_TYPES),
        ("audience", "resource_audience", AUDIENCES),
        ("topic", "resource_topics", HERITAGE_DOMAINS),
    )

    def selected(self):
        selected = {}
        for param, _index, terms in self.facets:
            value = self.request.form.get(param, "")
            if value in dict(terms):
                selected[param] = value
        return selected

    def query(self):
        query = {
            "portal_type": "Resource",
            "sort_on": "effective",
            "sort_order": "descending",
        }
        selected = self.selected()
        for param, index, _terms in self.facets:
            if param in selected:
                query[index] = selected[param]
        return query

    def results(self):
        return api.content.find(**self.query())

    def facet_links(self):
        selected = self.selected()
        base = self.context.absolute_url() + "/@@resources"
        groups = []
        for param, _index, terms in self.facets:
            links = []
            for token, title in terms:
                params = dict(selected)
                if selected.get(param) == token:
                    params.pop(param)
                else:
                    params[param] = token
                links.append(
                    {
                        "title": title,
                        "url": _query_url(base, **params),
                        "active": selected.get(param) == token,
                    }
                )
            groups.append({"name": param, "links": links})
        return groups

    def type_title(self, token):
        return title_of(RESOURCE_TYPES, token or "")

    def audience_titles(self, tokens):
        return ", ".join(title_of(AUDIENCES, token) for token in tokens or ())


class YouthView(ResourcesView):
    """The resources for young people in training, and the upcoming events."""

    def results(self):
        return api.content.find(
            portal_type="Resource",
            resource_audience="jeunes",
            sort_on="effective",
            sort_order="descending",
        )
