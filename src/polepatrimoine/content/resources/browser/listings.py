"""The ressources and jeunes-pros sections: faceted listings read from brains."""

from plone import api
from polepatrimoine.content.common.rest import choice_param
from polepatrimoine.content.common.urls import query_url
from polepatrimoine.content.resources.vocabularies import AUDIENCES
from polepatrimoine.content.resources.vocabularies import RESOURCE_TYPES
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import title_of
from Products.Five import BrowserView


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
            value = choice_param(self.request, param, dict(terms))
            if value:
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
                        "url": query_url(base, **params),
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
