"""GET @home: the configured blocks in their order, with what the requester may see."""

from plone import api
from polepatrimoine.content.home.settings import BLOCKS

import transaction


def blocks_of(response) -> dict:
    assert response.status_code == 200, response.text
    return {block["id"]: block for block in response.json()["blocks"]}


def test_every_block_in_the_default_order(home_world, clients):
    response = clients["anonymous"].get("@home")
    ids = [block["id"] for block in response.json()["blocks"]]
    assert ids == list(BLOCKS)
    blocks = blocks_of(response)
    shown = home_world["shown"]
    for block_id in ("news", "events", "calls", "youth"):
        urls = [item["@id"] for item in blocks[block_id]["items"]]
        assert shown[block_id].absolute_url() in urls, block_id
    assert blocks["intro"]["title"] == "Le réseau"
    assert len(blocks["intro"]["missions"]) == 4
    assert blocks["intro"]["missions"][0]["title"] == "Observer la filière"


def test_items_carry_french_dates_in_paris(home_world, clients):
    blocks = blocks_of(clients["anonymous"].get("@home"))
    (event,) = [
        item
        for item in blocks["events"]["items"]
        if item["title"] == "Rencontre de demain"
    ]
    assert event["date"].endswith("à 14 h 00")
    assert event["start"].endswith(("+01:00", "+02:00"))
    (call,) = [
        item
        for item in blocks["calls"]["items"]
        if item["UID"] == (home_world["shown"]["calls"].UID())
    ]
    assert call["close_date_text"]
    assert call["close_date"] == home_world["shown"]["calls"].close_date.isoformat()


def test_every_json_date_has_the_paris_offset(home_world, clients):
    blocks = blocks_of(clients["anonymous"].get("@home"))
    (news,) = [
        item for item in blocks["news"]["items"] if item["title"] == "Nouvelle du jour"
    ]
    assert news["effective"].endswith(("+01:00", "+02:00")), news["effective"]
    for item in blocks["news"]["items"]:
        assert item["effective"].endswith(("+01:00", "+02:00")), item
    for item in blocks["events"]["items"]:
        for key in ("start", "end"):
            assert item[key].endswith(("+01:00", "+02:00")), item


def test_map_counts_actors_in_french(home_world, clients):
    blocks = blocks_of(clients["anonymous"].get("@home"))
    count = blocks["map"]["count"]
    assert count > 1
    assert blocks["map"]["count_text"] == f"{count} acteurs"
    assert blocks["map"]["geojson_url"].endswith("/acteurs/@actors-geojson")
    youth = blocks["youth"]
    assert youth["count_text"] == f"{youth['count']} offres ouvertes" or (
        youth["count"] == 1 and youth["count_text"] == "1 offre ouverte"
    )


def test_join_link_follows_the_visitor(home_world, clients):
    anonymous = blocks_of(clients["anonymous"].get("@home"))["groups"]["items"]
    member = blocks_of(clients["alice"].get("@home"))["groups"]["items"]
    assert anonymous
    assert member
    group_url = member[0]["@id"]
    assert member[0]["join_url"] == f"{group_url}/@@join"
    assert "/login?came_from=" in anonymous[0]["join_url"]
    assert "%40%40join" in anonymous[0]["join_url"]


def test_configured_order_and_count(home_world, clients):
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record("polepatrimoine.home.blocks", ["calls", "news"])
        api.portal.set_registry_record("polepatrimoine.home.items", 1)
    transaction.commit()
    blocks = clients["anonymous"].get("@home").json()["blocks"]
    assert [block["id"] for block in blocks] == ["calls", "news"]
    assert len(blocks[1]["items"]) == 1
    assert blocks[1]["items"][0]["title"] == "Nouvelle du jour"
