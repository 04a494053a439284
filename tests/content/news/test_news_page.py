"""The ``@@news`` page: facets and counts, paging, French dates, filters in links."""

from lxml import html
from tests.content.news.conftest import SCOPES
from tests.content.news.conftest import TOPICS
from tests.content.news.conftest import brute_force
from tests.fixtures.http import client

import pytest


def page(url, **params):
    response = client(json=False).get(url, params=params)
    assert response.status_code == 200, response.text[:500]
    return html.fromstring(response.text)


def titles(tree):
    return [a.text_content() for a in tree.cssselect(".news-results h2 a")]


def counts(tree, facet):
    return {
        a.get("data-token"): int(a.cssselect(".count")[0].text)
        for a in tree.cssselect(f".facet-{facet} a")
    }


@pytest.mark.parametrize(
    ("scopes", "topics"),
    [
        ((), ()),
        (("regional",), ()),
        ((), ("bati",)),
        (("national",), ("bati", "musees")),
    ],
)
def test_facets_count_as_a_brute_force_count(news_folder, scopes, topics):
    specs = news_folder["specs"]
    url = news_folder["folder"].absolute_url() + "/@@news"
    tree = page(url, news_scope=list(scopes), topics=list(topics))
    expected = brute_force(specs, scopes, topics)
    assert tree.cssselect(".news-total")[0].text_content().split()[0] == str(
        len(expected)
    )
    assert titles(tree) == [f"Actualité {news_id}" for news_id in expected[:20]]
    # A facet's counts leave its own selection out.
    assert counts(tree, "news_scope") == {
        scope: len(brute_force(specs, (scope,), topics)) for scope in SCOPES
    }
    topic_counts = counts(tree, "topics")
    for topic in TOPICS:
        assert topic_counts[topic] == len(brute_force(specs, scopes, (topic,)))
    assert topic_counts["naturel"] == 0


def test_paging_and_french_dates(news_folder):
    url = news_folder["folder"].absolute_url() + "/@@news"
    first = page(url)
    assert len(titles(first)) == 20
    assert "Page 1 sur 2" in first.cssselect(".news-pages")[0].text_content()
    assert not first.cssselect(".news-pages a.previous")
    next_url = first.cssselect(".news-pages a.next")[0].get("href")
    second = page(next_url)
    assert titles(second) == [f"Actualité news-{n:02d}" for n in range(20, 25)]
    assert not second.cssselect(".news-pages a.next")
    date = second.cssselect(".news-results time")[0]
    day, month, year = date.text.split()
    assert month in [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
    assert date.get("datetime").startswith(year)


def test_facet_links_keep_the_other_filters(news_folder):
    url = news_folder["folder"].absolute_url() + "/@@news"
    tree = page(url, news_scope="regional")
    link = next(
        a for a in tree.cssselect(".facet-topics a") if a.get("data-token") == "bati"
    )
    assert "news_scope=regional" in link.get("href")
    assert "topics=bati" in link.get("href")
    active = tree.cssselect('.facet-news_scope a[aria-current="true"]')
    assert [a.get("data-token") for a in active] == ["regional"]
    # Clicking the active value again removes it.
    assert "news_scope" not in active[0].get("href")


@pytest.mark.parametrize(
    "params",
    [
        {"news_scope": "mondial"},
        {"topics": "x\0y"},
        {"b_start": "-3"},
        {"b_start": "abc"},
    ],
)
def test_unknown_filters_are_ignored_on_the_page(news_folder, params):
    tree = page(news_folder["folder"].absolute_url() + "/@@news", **params)
    assert len(titles(tree)) == 20


def test_actualites_shows_the_news_listing(functional):
    portal = functional["portal"]
    response = client(json=False).get(portal["actualites"].absolute_url())
    assert response.status_code == 200
    tree = html.fromstring(response.text)
    assert tree.cssselect(".news-listing")
    assert "Patrimoine industriel : un cycle de visites" in response.text
    assert tree.cssselect('link[type="application/rss+xml"]')
