"""Creating and editing actors through REST: what a member proposes, what is refused."""

from plone import api

import pytest


VALID = {
    "@type": "Actor",
    "title": "Atelier de la pierre",
    "actor_category": "entreprise",
    "heritage_domains": ["bati", "savoir-faire"],
    "department": "49",
    "zip_code": "49400",
    "city": "Saumur",
    "phone": "02 41 00 00 00",
    "email": "atelier@example.org",
    "website": "https://atelier.example.org",
    "siret": "73282932000074",
    "geolocation": {"latitude": 47.26, "longitude": -0.077},
}


def count_actors(portal):
    return len(api.content.find(portal_type="Actor", unrestricted=True))


def test_member_proposes_an_actor(clients, functional):
    response = clients["alice"].post("acteurs", json=VALID)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["review_state"] == "pending"
    assert data["geolocation"] == {"latitude": 47.26, "longitude": -0.077}
    # Pending: invisible to others until a coordinator publishes it.
    url = data["@id"]
    assert clients["bruno"].get(url).status_code in (401, 403)
    assert clients["anonymous"].get(url).status_code in (401, 403)
    assert clients["claire"].get(url).status_code == 200
    published = clients["claire"].post(f"{url}/@workflow/publish")
    assert published.status_code == 200
    assert clients["anonymous"].get(url).json()["title"] == "Atelier de la pierre"


def test_member_cannot_publish(clients):
    url = clients["alice"].post("acteurs", json=VALID).json()["@id"]
    assert clients["alice"].post(f"{url}/@workflow/publish").status_code in (
        400,
        401,
        403,
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("zip_code", "4940"),
        ("zip_code", "44000"),  # not in département 49
        ("phone", "12 34"),
        ("phone", "12345"),
        ("email", "pas-une-adresse"),
        ("website", "pas une adresse"),
        ("website", "javascript:alert(document.cookie)"),
        ("social_links", ["javascript:alert(1)"]),
        ("siret", "12345678901234"),
        ("siret", "73282932000075"),
        ("geolocation", {"latitude": 147.0, "longitude": -0.5}),
        ("geolocation", {"latitude": 47.0, "longitude": -200.0}),
        ("department", "75"),
        ("member_since", 2001),
    ],
)
def test_bad_input_is_refused_naming_the_field(clients, functional, field, value):
    before = count_actors(functional["portal"])
    # Membership is the coordinators' to set (a member gets 403 for it, see
    # tests/security/test_actor_coordinator_fields.py): its range is checked as theirs.
    user = "claire" if field == "member_since" else "alice"
    response = clients[user].post("acteurs", json={**VALID, field: value})
    assert response.status_code == 400, response.text
    assert field in response.text
    assert count_actors(functional["portal"]) == before


def test_la_poste_siret_and_international_phone_accepted(clients):
    # Fails Luhn: La Poste's establishments follow their own rule.
    values = {**VALID, "siret": "35600000000010", "phone": "+33 2 40 12 34 56"}
    response = clients["alice"].post("acteurs", json=values)
    assert response.status_code == 201, response.text
    assert response.json()["siret"] == "35600000000010"
    assert response.json()["phone"] == "+33 2 40 12 34 56"


def test_bad_edit_changes_nothing(clients):
    url = clients["alice"].post("acteurs", json=VALID).json()["@id"]
    response = clients["alice"].patch(url, json={"city": "Angers", "zip_code": "72000"})
    assert response.status_code == 400
    assert "zip_code" in response.text
    assert clients["alice"].get(url).json()["city"] == "Saumur"


def test_french_message(clients):
    response = clients["alice"].post(
        "acteurs",
        json={**VALID, "zip_code": "44000"},
        headers={"Accept-Language": "fr"},
    )
    assert response.status_code == 400
    assert "n'est pas dans le département 49" in response.json()["message"]


def test_only_in_the_directory(clients):
    response = clients["claire"].post("agenda", json=VALID)
    assert response.status_code in (400, 403)
