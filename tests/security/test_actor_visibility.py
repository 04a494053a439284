"""A pending or retired actor is seen by its owner and the coordinators only,
through every channel: page, REST GET, @search, GeoJSON, facets, export (and
its French spreadsheet), sitemap and the directory."""

from tests.fixtures.actors import make_actor

import gzip
import pytest
import transaction


WORD = "Brisemarteau"
CHANNELS = (
    "view",
    "rest",
    "search",
    "geojson",
    "facets",
    "export",
    "spreadsheet",
    "sitemap",
    "directory",
)


@pytest.fixture
def hidden(functional, members):
    portal = functional["portal"]
    actors = {
        state: make_actor(
            portal, title=f"Acteur {state} {WORD}", state=state, owner=members["alice"]
        )
        for state in ("pending", "retired")
    }
    transaction.commit()
    return actors


def sees(client, channel, actor) -> bool:
    title = actor.title
    if channel == "view":
        response = client.get(actor.absolute_url(), headers={"Accept": "text/html"})
        return (
            response.status_code == 200
            and title in response.text
            and (
                "insufficient-privileges" not in response.url
                and "login" not in response.url
            )
        )
    if channel == "rest":
        return client.get(actor.absolute_url()).status_code == 200
    if channel == "search":
        items = client.get("@search", params={"SearchableText": WORD}).json()["items"]
        return title in [i["title"] for i in items]
    if channel == "geojson":
        features = client.get("@actors-geojson", params={"SearchableText": WORD}).json()
        return title in [f["properties"]["title"] for f in features["features"]]
    if channel == "facets":
        data = client.get(
            "acteurs/@actors-facets", params={"SearchableText": WORD}
        ).json()
        return data["total"] > 0
    if channel == "export":
        text = client.get(
            "acteurs/@actors-export", params={"SearchableText": WORD}
        ).text
        return title in text
    if channel == "spreadsheet":
        # The directory's button: the French style, for a browser.
        response = client.get(
            "acteurs/@@actors.csv",
            params={"SearchableText": WORD},
            headers={"Accept": "text/html"},
        )
        assert response.status_code == 200
        return title in response.content.decode("utf-8")
    if channel == "sitemap":
        # The sitemap is RAM-cached by catalog counter, which restarts with each
        # test's database: forget what an earlier test cached.
        from plone.memoize.ram import global_cache

        global_cache.invalidateAll()
        response = client.get("sitemap.xml.gz", params={"page": 1})
        return actor.absolute_url() in gzip.decompress(response.content).decode()
    if channel == "directory":
        html = client.get(
            "acteurs", params={"SearchableText": WORD}, headers={"Accept": "text/html"}
        ).text
        return title in html
    raise AssertionError(channel)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("state", ["pending", "retired"])
@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_hidden_from_others(clients, hidden, functional, who, state, channel):
    if channel == "sitemap":
        from plone import api

        api.portal.set_registry_record("plone.enable_sitemap", True)
        transaction.commit()
    assert not sees(clients[who], channel, hidden[state])


@pytest.mark.parametrize(
    "channel",
    ["view", "rest", "search", "geojson", "export", "spreadsheet", "directory"],
)
@pytest.mark.parametrize("who", ["alice", "claire"])
def test_seen_by_owner_and_coordinators(clients, hidden, who, channel):
    assert sees(clients[who], channel, hidden["pending"])


def test_published_actor_is_public(clients, functional):
    from plone import api

    actor = make_actor(functional["portal"], title=f"Acteur publié {WORD}")
    api.portal.set_registry_record("plone.enable_sitemap", True)
    transaction.commit()
    for channel in CHANNELS:
        assert sees(clients["anonymous"], channel, actor), channel
