"""Offers through plone.restapi: create, read, edit, delete; bad input refused naming the field."""

from datetime import datetime
from plone import api
from polepatrimoine.content.opportunities import expiry
from tests.fixtures.opportunities import in_days

import pytest


FRENCH = {"Accept-Language": "fr"}


@pytest.fixture
def valid(jeunes_pros):
    return {
        "@type": "Opportunity",
        "title": "Apprenti tailleur de pierre",
        "kind": "alternance",
        "kind_detail": "apprentissage",
        "trades": ["tailleur-de-pierre"],
        "structure": jeunes_pros["alices"].UID(),
        "level": "cap-bep",
        "department": "49",
        "commune": "Saumur",
        "geolocation": {"latitude": 47.26, "longitude": -0.077},
        "start": in_days(60).isoformat(),
        "duration": "2 ans",
        "paid": True,
        "text": {
            "data": "<p>Restauration d'un logis.</p>",
            "content-type": "text/html",
        },
        "how_to_apply": "CV et lettre",
        "deadline": in_days(20).isoformat(),
        "contact_email": "atelier@example.org",
    }


def expires(http, uid) -> datetime:
    items = http.get(
        "@search", params={"UID": uid, "metadata_fields": "expires"}
    ).json()["items"]
    return datetime.fromisoformat(items[0]["expires"])


def count_offers() -> int:
    return len(api.content.find(portal_type="Opportunity", unrestricted=True))


def test_member_creates_an_offer_for_their_structure(clients, valid, functional):
    response = clients["alice"].post("jeunes-pros/offres", json=valid)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["review_state"] == "private"
    assert data["kind"]["token"] == "alternance"
    assert data["kind_detail"]["token"] == "apprentissage"
    assert [t["token"] for t in data["trades"]] == ["tailleur-de-pierre"]
    assert data["trades"][0]["title"] == "Tailleur de pierre"
    assert data["structure"]["title"].startswith("Atelier d'Alice")
    assert data["deadline"] == valid["deadline"]
    assert data["contact_email"] == "atelier@example.org"
    # Plone's expires: the start of the day after the deadline, in Paris.
    assert expires(clients["alice"], data["UID"]) == expiry.expires_at(in_days(20))
    found = (
        clients["alice"]
        .get(
            "@search",
            params={
                "portal_type": "Opportunity",
                "trade_families": "bati-restauration",
                "metadata_fields": ["opportunity_kind", "structure_title"],
            },
        )
        .json()["items"]
    )
    assert [i["opportunity_kind"] for i in found] == ["alternance"]


def test_a_member_offers_only_for_their_own_structures(clients, valid, jeunes_pros):
    before = count_offers()
    others = {**valid, "structure": jeunes_pros["others"].UID()}
    for who, payload in (("alice", others), ("bruno", valid)):
        response = clients[who].post("jeunes-pros/offres", json=payload, headers=FRENCH)
        assert response.status_code == 400, response.text
        assert "structure" in response.json()["message"]
        assert "que vous gérez" in response.json()["message"]
    assert count_offers() == before
    # A coordinator offers for any structure.
    assert clients["claire"].post("jeunes-pros/offres", json=others).status_code == 201


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "cdi"),
        ("kind_detail", "benevole"),  # a chantier's, not an alternance's
        ("level", "doctorat"),
        ("department", "75"),
        ("trades", ["astronaute"]),
        ("deadline", in_days(-1).isoformat()),
        ("deadline", "demain"),
        ("deadline", None),
        ("contact_email", "pas-une-adresse"),
        ("contact_email", None),
        ("structure", "pas-un-uid"),
        ("geolocation", {"latitude": 147.0, "longitude": -0.5}),
        ("start", "2026-13-45"),
    ],
)
def test_bad_input_is_refused_naming_the_field(clients, valid, field, value):
    before = count_offers()
    response = clients["alice"].post(
        "jeunes-pros/offres", json={**valid, field: value}, headers=FRENCH
    )
    assert response.status_code == 400, response.text
    assert field in response.json()["message"]
    assert count_offers() == before


def test_french_message_for_a_detail_of_another_kind(clients, valid):
    response = clients["alice"].post(
        "jeunes-pros/offres", json={**valid, "kind_detail": "ecole"}, headers=FRENCH
    )
    assert response.status_code == 400
    assert "ne correspond pas" in response.json()["message"]


def test_bad_edit_changes_nothing(clients, valid, jeunes_pros):
    url = clients["alice"].post("jeunes-pros/offres", json=valid).json()["@id"]
    for change in (
        {"commune": "Angers", "structure": jeunes_pros["others"].UID()},
        {"commune": "Angers", "deadline": in_days(-3).isoformat()},
        {"commune": "Angers", "kind": "stage"},  # apprentissage left on a stage
    ):
        response = clients["alice"].patch(url, json=change, headers=FRENCH)
        assert response.status_code == 400, (change, response.text)
    data = clients["alice"].get(url).json()
    assert data["commune"] == "Saumur"
    assert data["structure"]["@id"] == jeunes_pros["alices"].absolute_url()
    assert data["deadline"] == valid["deadline"]


def test_edit_and_delete(clients, valid):
    url = clients["alice"].post("jeunes-pros/offres", json=valid).json()["@id"]
    response = clients["alice"].patch(
        url, json={"commune": "Montreuil-Bellay", "deadline": in_days(40).isoformat()}
    )
    assert response.status_code == 204, response.text
    data = clients["alice"].get(url).json()
    assert data["commune"] == "Montreuil-Bellay"
    assert expires(clients["alice"], data["UID"]) == expiry.expires_at(in_days(40))
    # A coordinator edits the member's offer without being its structure's owner.
    assert clients["claire"].patch(url, json={"duration": "18 mois"}).status_code == 204
    assert clients["bruno"].patch(url, json={"duration": "1 jour"}).status_code in (
        401,
        403,
    )
    assert clients["bruno"].delete(url).status_code in (401, 403)
    assert clients["alice"].delete(url).status_code == 204
    assert clients["claire"].get(url).status_code == 404


def test_anonymous_cannot_create(clients, valid):
    before = count_offers()
    response = clients["anonymous"].post("jeunes-pros/offres", json=valid)
    assert response.status_code == 401
    assert count_offers() == before


def test_offers_only_in_their_folder(clients, valid):
    response = clients["alice"].post("jeunes-pros", json=valid)
    assert response.status_code in (400, 401, 403)
