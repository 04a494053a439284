"""The home page over HTTP as a visitor's browser gets it: blocks, headings, lists, map."""

from lxml import html
from plone import api
from polepatrimoine.content.home.settings import BLOCKS
from tests.fixtures.http import client

import transaction


def page(portal_url, login=None):
    response = client(portal_url, login, json=False).get("")
    assert response.status_code == 200
    return html.fromstring(response.text)


def test_site_root_shows_the_home_page(home_world, portal_url):
    tree = page(portal_url)
    sections = tree.cssselect("section.home-block")
    assert [s.get("data-block") for s in sections] == list(BLOCKS)
    # One h1; each block is a landmark named by its h2.
    assert len(tree.cssselect("h1")) == 1
    for section in sections:
        (title,) = section.cssselect("h2")
        assert section.get("aria-labelledby") == title.get("id")
    # Lists are lists.
    for block in ("news", "events", "calls", "groups", "youth"):
        items = tree.cssselect(f"#home-{block} ul.home-items > li")
        assert items, block
    assert len(tree.cssselect("#home-intro ul.home-missions > li h3")) == 4
    # The blocks have the page's width: no portlet column beside them (the
    # site's text, under Plone's view, keeps the root's portlets).
    assert not tree.cssselect("#portal-column-one, #portal-column-two")
    text = client(portal_url, json=False).get("document_view").text
    assert 'id="portal-column-two"' in text or 'id="portal-column-one"' in text


def test_blocks_show_the_new_items_in_french(home_world, portal_url):
    tree = page(portal_url)
    text = {
        block: tree.cssselect(f"#home-{block}")[0].text_content()
        for block in ("news", "events", "calls", "youth", "groups", "map")
    }
    assert "Nouvelle du jour" in text["news"]
    assert "Rencontre de demain" in text["events"]
    assert "à 14 h 00" in text["events"]
    call = home_world["shown"]["calls"]
    assert call.title in text["calls"]
    assert "Candidatures jusqu'au" in text["calls"]
    assert "Stage de l'accueil" in text["youth"]
    assert " offres ouvertes" in text["youth"]
    assert "Rejoindre" in text["groups"]
    assert " acteurs" in text["map"]


def test_map_reuses_the_directory_script_and_links_to_the_list(home_world, portal_url):
    tree = page(portal_url)
    (map_div,) = tree.cssselect("#home-map #actors-map")
    assert map_div.get("data-geojson-url").endswith("/acteurs/@actors-geojson")
    assert map_div.get("aria-label") == "Carte des acteurs"
    (link,) = tree.cssselect("#home-map a.home-directory-link")
    assert link.get("href").endswith("/acteurs")
    scripts = [s.get("src") or "" for s in tree.cssselect("script")]
    assert any(src.endswith("/actors-map.js") for src in scripts)
    sheets = [s.get("href") or "" for s in tree.cssselect("link[rel=stylesheet]")]
    assert any(src.endswith("++plone++polepatrimoine.home/home.css") for src in sheets)


def test_one_actor_in_the_singular(functional, portal_url):
    catalog = api.portal.get_tool("portal_catalog")
    with api.env.adopt_roles(["Manager"]):
        actors = [
            b.getObject()
            for b in catalog(portal_type="Actor", review_state="published")
        ]
        for actor in actors[1:]:
            api.content.delete(obj=actor, check_linkintegrity=False)
    transaction.commit()
    tree = page(portal_url)
    assert tree.cssselect("#home-actors-count")[0].text_content() == "1 acteur"


def test_newsletter_block_is_the_subscription_form(home_world, portal_url):
    tree = page(portal_url)
    (form,) = tree.cssselect("#home-newsletter form")
    assert form.get("action").endswith("/@@newsletter-subscribe")
    assert form.cssselect("input#newsletter-home-email[name=email]")
    assert form.cssselect("input[name=_authenticator]")
    # The footer keeps its own form: no id twice.
    ids = [e.get("id") for e in tree.cssselect("[id]")]
    assert len(ids) == len(set(ids))


def test_empty_block_is_hidden(functional, portal_url):
    with api.env.adopt_roles(["Manager"]):
        for brain in api.content.find(portal_type="Call", review_state="open"):
            api.content.transition(obj=brain.getObject(), transition="close")
    transaction.commit()
    tree = page(portal_url)
    assert not tree.cssselect("#home-calls")
    assert tree.cssselect("#home-news")
    blocks = client(portal_url).get("@home").json()["blocks"]
    assert "calls" not in [block["id"] for block in blocks]


def test_site_text_stays_reachable(functional, portal_url):
    response = client(portal_url, json=False).get("document_view")
    assert response.status_code == 200
    assert client(portal_url, json=False).get("a-propos").status_code == 200
