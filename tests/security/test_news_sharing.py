"""A news item that is not published never shows: the listing, its feeds, ``@news``,
``@search``, the actor's page, the facet counts, nor any page's Open Graph tags.

A related actor that is not published never shows either (REST, listing).
"""

from lxml import html
from tests.content.news.helpers import make_news
from tests.content.sharing.helpers import meta
from tests.fixtures.actors import make_actor
from tests.fixtures.http import client

import pytest
import transaction


SECRET = "Fusion confidentielle"
HIDDEN_ACTOR = "Structure en attente"


@pytest.fixture
def drafts(functional, members):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier du port")
    pending = make_actor(portal, title=HIDDEN_ACTOR, state="pending")
    before = client(portal.absolute_url()).get("actualites/@news").json()
    make_news(
        portal,
        "fusion",
        title=SECRET,
        scope="national",
        topics=("maritime",),
        actors=(actor,),
        state="private",
        days_ago=0,
    )
    make_news(
        portal,
        "publique",
        title="Le port restauré",
        scope="regional",
        actors=(actor, pending),
        days_ago=0,
    )
    transaction.commit()
    return {"portal": portal, "actor": actor, "before": before}


READERS = ("anonymous", "alice", "admin")


@pytest.mark.parametrize("reader", READERS)
def test_not_in_the_listing_nor_its_feeds(drafts, clients, reader):
    section = drafts["portal"]["actualites"].absolute_url()
    reader_client = clients[reader]
    for path, shown in (
        ("/@@news", True),
        ("/@@news?news_scope=national", False),
        ("/@@news?topics=maritime", False),
        ("/@@news.rss", True),
        ("/@@news.rss?news_scope=national", False),
    ):
        response = reader_client.session.get(section + path, headers={"Accept": "*/*"})
        assert response.status_code == 200, path
        text = response.text
        if path.startswith("/@@news?") or path == "/@@news":
            # The listing itself: an administrator's navigation shows drafts.
            listing = html.fromstring(text).cssselect(".news-listing")[0]
            text = listing.text_content()
        assert SECRET not in text, path
        assert ("Le port restauré" in text) is shown, path
        assert HIDDEN_ACTOR not in text, path
        if reader != "admin":
            assert SECRET not in response.text, path
    data = reader_client.get(section + "/@news", params={"news_scope": "national"})
    assert SECRET not in data.text
    assert data.json()["facets"]["topics"]["maritime"] == 0


@pytest.mark.parametrize("feed", ["RSS", "rss.xml", "atom.xml"])
def test_not_in_plone_feeds(drafts, feed):
    response = client(json=False).get(
        drafts["portal"]["actualites"].absolute_url() + "/" + feed
    )
    assert response.status_code == 200
    assert SECRET not in response.text
    assert "Le port restauré" in response.text


def test_counts_unchanged_by_the_draft(drafts):
    before = drafts["before"]
    after = client().get("actualites/@news").json()
    assert after["items_total"] == before["items_total"] + 1
    assert (
        after["facets"]["news_scope"]["national"]
        == (before["facets"]["news_scope"]["national"])
    )
    assert after["facets"]["news_scope"]["regional"] == (
        before["facets"]["news_scope"]["regional"] + 1
    )


def test_not_in_search_nor_the_item_over_rest(drafts, clients):
    for name in ("anonymous", "alice"):
        found = clients[name].get("@search", params={"news_scope": "national"}).json()
        assert SECRET not in str(found)
        found = (
            clients[name]
            .get("@search", params={"related_actors": drafts["actor"].UID()})
            .json()
        )
        assert [i["title"] for i in found["items"]] == ["Le port restauré"]
        assert clients[name].get("actualites/fusion").status_code in (401, 403, 404)


@pytest.mark.parametrize("reader", READERS)
def test_not_on_the_actor_page(drafts, clients, reader):
    response = clients[reader].session.get(
        drafts["actor"].absolute_url(), headers={"Accept": "text/html"}
    )
    assert response.status_code == 200
    # The viewlet itself: an administrator's navigation shows drafts.
    section = html.fromstring(response.text).cssselect(".actor-news")[0]
    assert "Le port restauré" in section.text_content()
    assert SECRET not in section.text_content()
    if reader != "admin":
        assert SECRET not in response.text


def test_pending_related_actor_not_over_rest(drafts, clients):
    item = clients["anonymous"].get("actualites/publique").json()
    assert [a["title"] for a in item["related_actors"]] == ["Atelier du port"]
    listing = clients["alice"].get("actualites/@news").json()
    (entry,) = [i for i in listing["items"] if i["title"] == "Le port restauré"]
    assert [a["title"] for a in entry["related_actors"]] == ["Atelier du port"]


def test_no_open_graph_of_the_draft(drafts, clients):
    # The draft's own page, as the one who may read it: no tags a crawler could reuse.
    response = clients["admin"].session.get(
        drafts["portal"]["actualites"]["fusion"].absolute_url(),
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 200
    tags = meta(html.fromstring(response.text))
    assert not [k for k in tags if k.startswith(("og:", "twitter:"))]
    # Anonymous visitors are sent to the login form, which names nothing of it.
    response = clients["anonymous"].session.get(
        drafts["portal"]["actualites"]["fusion"].absolute_url(),
        headers={"Accept": "text/html"},
    )
    assert SECRET not in response.text
    for url in (
        drafts["portal"]["actualites"].absolute_url(),
        drafts["actor"].absolute_url(),
    ):
        page = clients["anonymous"].session.get(url, headers={"Accept": "text/html"})
        tags = meta(html.fromstring(page.text))
        assert SECRET not in str(tags)
        assert tags["og:locale"] == "fr_FR"


def test_pending_actor_page_has_no_metadata(functional, clients):
    actor = make_actor(functional["portal"], title=HIDDEN_ACTOR, state="pending")
    transaction.commit()
    response = clients["admin"].session.get(
        actor.absolute_url(), headers={"Accept": "text/html"}
    )
    assert response.status_code == 200
    tree = html.fromstring(response.text)
    assert not [k for k in meta(tree) if k.startswith(("og:", "twitter:"))]
    assert not tree.cssselect(".share-links")
