"""RSS: Plone's syndication of ``actualites`` and ``@@news.rss`` per facet query."""

from plone import api
from plone.base.interfaces.syndication import IFeedSettings
from tests.content.news.conftest import brute_force
from tests.fixtures.http import client
from xml.etree import ElementTree

import pytest


def feed(url, **params):
    response = client(json=False).get(url, params=params)
    assert response.status_code == 200, response.text[:300]
    return response, ElementTree.fromstring(response.content)


@pytest.mark.parametrize(
    ("scopes", "topics"), [((), ()), (("regional",), ()), (("reseau",), ("bati",))]
)
def test_facet_feed(news_folder, scopes, topics):
    url = news_folder["folder"].absolute_url() + "/@@news.rss"
    response, rss = feed(url, news_scope=list(scopes), topics=list(topics))
    assert response.headers["Content-Type"].startswith("application/rss+xml")
    channel = rss.find("channel")
    assert channel.findtext("language") == "fr"
    expected = brute_force(news_folder["specs"], scopes, topics)
    links = [item.findtext("link") for item in channel.findall("item")]
    assert [link.rsplit("/", 1)[-1] for link in links] == expected
    assert "brouillon" not in response.text
    first = channel.find("item")
    assert first.findtext("pubDate")
    categories = [c.text for c in first.findall("category")]
    scope_titles = {"reseau": "Le réseau et ses membres", "regional": "Régional"}
    assert (
        categories[0]
        == scope_titles[
            next(scope for i, scope, _t in news_folder["specs"] if i == expected[0])
        ]
    )


def test_feed_shows_the_source_of_relayed_news(news_folder):
    portal = news_folder["folder"]
    with api.env.adopt_roles(["Manager"]):
        item = portal["news-00"]
        item.source_name = "Ministère de la Culture"
        item.source_url = "https://www.culture.gouv.fr/"
        item.reindexObject()
    import transaction

    transaction.commit()
    _response, rss = feed(portal.absolute_url() + "/@@news.rss")
    source = rss.find("channel/item/source")
    assert source.text == "Ministère de la Culture"
    assert source.get("url") == "https://www.culture.gouv.fr/"


def test_unknown_filter_values_are_dropped(news_folder):
    _response, rss = feed(
        news_folder["folder"].absolute_url() + "/@@news.rss", news_scope="mondial"
    )
    assert len(rss.findall("channel/item")) == 25


def test_plone_syndication_is_on_for_actualites(functional):
    portal = functional["portal"]
    assert IFeedSettings(portal["actualites"]).enabled
    response, rss = feed(portal["actualites"].absolute_url() + "/RSS")
    namespace = "{http://purl.org/rss/1.0/}"
    titles = [
        item.findtext(f"{namespace}title") for item in rss.iter(f"{namespace}item")
    ]
    assert "La Région ouvre son appel à projets patrimoine" in titles
