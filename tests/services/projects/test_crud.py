"""Projects over REST: a member proposes for an actor they own, bad input is refused."""

from plone import api
from tests.fixtures.actors import make_actor

import pytest
import transaction


@pytest.fixture
def actors(functional, members):
    portal = functional["portal"]
    own = make_actor(
        portal, title="Commune de Quillon-sur-Loire", owner=members["alice"]
    )
    other = make_actor(portal, title="Association voisine", owner=members["bruno"])
    transaction.commit()
    return {"own": own.UID(), "other": other.UID()}


def valid(actors, **changes):
    return {
        "@type": "Project",
        "title": "Inventaire participatif des lavoirs",
        "description": "Les habitants recensent les lavoirs de la commune.",
        "kind": "experimentation",
        "status": "en-cours",
        "carrier": actors["own"],
        "partners": [actors["other"]],
        "heritage_domains": ["bati", "immateriel"],
        "departments": ["44"],
        "communes": ["Clisson", "Gétigné"],
        "start": "2025-03-01",
        "end": "2026-06-30",
        "reproducible": True,
        "how_to_reproduce": {
            "data": "<p>Une fiche par lavoir.</p>",
            "content-type": "text/html",
        },
        "contact_email": "lavoirs@example.org",
        "geolocation": {"latitude": 47.09, "longitude": -1.28},
        **changes,
    }


def titles(client):
    response = client.get(
        "@search", params={"portal_type": "Project", "metadata_fields": "UID"}
    )
    return [item["title"] for item in response.json()["items"]]


def test_member_proposes_then_coordinator_publishes(clients, actors):
    response = clients["alice"].post("projets", json=valid(actors))
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["review_state"] == "pending"
    assert data["carrier"]["title"] == "Commune de Quillon-sur-Loire"
    assert data["kind"]["token"] == "experimentation"
    url = data["@id"]
    assert clients["anonymous"].get(url).status_code in (401, 403, 404)
    assert clients["bruno"].get(url).status_code in (401, 403, 404)
    assert clients["alice"].post(f"{url}/@workflow/publish").status_code in (
        400,
        401,
        403,
    )
    assert clients["claire"].post(f"{url}/@workflow/publish").status_code == 200
    public = clients["anonymous"].get(url).json()
    assert public["title"] == "Inventaire participatif des lavoirs"
    # The contact address is for logged-in users, never in clear for visitors.
    assert "contact_email" not in public
    assert "lavoirs@example.org" not in clients["anonymous"].get(url).text
    assert clients["bruno"].get(url).json()["contact_email"] == "lavoirs@example.org"


def test_member_cannot_carry_an_actor_they_do_not_own(clients, actors):
    response = clients["alice"].post(
        "projets", json=valid(actors, carrier=actors["other"])
    )
    assert response.status_code == 400
    error = response.json()
    assert "carrier" in error["message"]
    assert "dont vous êtes propriétaire" in error["message"]
    assert "Inventaire participatif des lavoirs" not in titles(clients["admin"])


def test_coordinator_may_name_any_carrier(clients, actors):
    response = clients["claire"].post(
        "projets", json=valid(actors, carrier=actors["other"])
    )
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    ("field", "value", "french"),
    [
        ("kind", "fusee", "Contrainte non satisfaite"),
        ("status", "abandonne", "Contrainte non satisfaite"),
        ("departments", ["75"], "Contrainte non satisfaite"),
        ("heritage_domains", ["spatial"], "Contrainte non satisfaite"),
        ("contact_email", "pas-une-adresse", "Le courriel spécifié n'est pas valide."),
        ("end", "2024-01-01", "La fin d'un projet ne peut pas précéder son début."),
        (
            "geolocation",
            {"latitude": 147.0, "longitude": -1.3},
            "",
        ),
        ("carrier", None, ""),
    ],
)
def test_bad_input_is_refused_naming_the_field(clients, actors, field, value, french):
    response = clients["alice"].post("projets", json=valid(actors, **{field: value}))
    assert response.status_code == 400, response.text
    message = response.json()["message"]
    assert f"'field': '{field}'" in message
    assert french in message
    assert "Inventaire participatif des lavoirs" not in titles(clients["admin"])


def test_bad_edit_changes_nothing(clients, actors):
    url = clients["alice"].post("projets", json=valid(actors)).json()["@id"]
    response = clients["alice"].patch(
        url, json={"title": "Autre titre", "end": "2020-01-01"}
    )
    assert response.status_code == 400
    assert "end" in response.text
    data = clients["alice"].get(url).json()
    assert data["title"] == "Inventaire participatif des lavoirs"
    assert data["end"] == "2026-06-30"


def test_only_in_the_projects_section(clients, actors, functional):
    response = clients["alice"].post("ressources", json=valid(actors))
    assert response.status_code in (400, 401, 403)
    response = clients["claire"].post("agenda", json=valid(actors))
    assert response.status_code in (400, 401, 403)
    transaction.begin()
    assert not api.content.find(
        portal_type="Project",
        Title="Inventaire participatif des lavoirs",
        unrestricted=True,
    )


def test_member_deletes_nothing_published(clients, actors):
    url = clients["alice"].post("projets", json=valid(actors)).json()["@id"]
    clients["claire"].post(f"{url}/@workflow/publish")
    assert clients["alice"].delete(url).status_code in (401, 403)
    assert clients["anonymous"].get(url).status_code == 200
