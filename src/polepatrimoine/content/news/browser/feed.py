"""``@@news.rss``: an RSS 2.0 feed of the published news of a facet query, in French."""

from email.utils import format_datetime
from plone import api
from polepatrimoine.content.news import search
from Products.Five.browser import BrowserView
from xml.etree import ElementTree

import Missing


FEED_SIZE = 50


def _element(parent, tag, text=None, **attributes):
    element = ElementTree.SubElement(parent, tag, attributes)
    if text:
        element.text = text
    return element


class NewsFeed(BrowserView):
    """The same filters as ``@@news`` (unknown values are dropped, as on the page)."""

    def __call__(self):
        filters = search.read_filters(self.request.form, strict=False)
        brains = search.search(self.context, filters)[:FEED_SIZE]
        rss = ElementTree.Element("rss", version="2.0")
        channel = _element(rss, "channel")
        title = self.context.Title()
        selected = [
            dict(terms).get(token, token)
            for name, (terms, _index) in search.FACETS.items()
            for token in filters.get(name, ())
        ]
        if selected:
            title = f"{title} : {', '.join(selected)}"
        site = api.portal.get()
        _element(channel, "title", f"{title} – {site.Title()}")
        _element(channel, "link", self.context.absolute_url())
        _element(channel, "description", self.context.Description() or title)
        _element(channel, "language", "fr")
        scopes = dict(search.FACETS["news_scope"][0])
        topics = dict(search.FACETS["topics"][0])
        for brain in brains:
            entry = _element(channel, "item")
            _element(entry, "title", brain.Title)
            _element(entry, "link", brain.getURL())
            _element(entry, "guid", brain.getURL(), isPermaLink="true")
            if brain.Description:
                _element(entry, "description", brain.Description)
            effective = brain.effective
            if effective is not None and effective is not Missing.Value:
                moment = effective.asdatetime()
                if moment.year > 1900:
                    _element(entry, "pubDate", format_datetime(moment))
            if brain.news_scope in scopes:
                _element(entry, "category", scopes[brain.news_scope])
            for token in search.brain_tokens(brain, "news_topics"):
                _element(entry, "category", topics.get(token, token))
            item = search.item(brain, {})
            if item["source_name"] and item["source_url"]:
                _element(entry, "source", item["source_name"], url=item["source_url"])
        self.request.response.setHeader(
            "Content-Type", "application/rss+xml; charset=utf-8"
        )
        return ElementTree.tostring(rss, encoding="utf-8", xml_declaration=True)
