"""An actor's owner cannot grant it membership, labels or other creators; the
coordinators hear of their other edits of a published entry."""

from plone import api
from tests.fixtures.actors import make_actor
from tests.security.test_script_links import authenticator

import pytest
import time
import transaction


REFUSED = "Seuls les coordinateurs du réseau peuvent modifier"

ATTACKS = [
    {"is_member": True},
    {"member_since": 2020},
    {"is_member": True, "member_since": 2019},
    {"labels": ["musee-de-france"]},
    {"labels": ["monument-historique", "musee-de-france"]},
    {"labels": [{"token": "monument-historique"}]},
    {"creators": ["alice@example.org", "claire@example.org"]},
    {"creators": []},
    {"title": "Atelier d'Alice (labellisé)", "labels": ["qualibat-patrimoine"]},
]


@pytest.fixture
def own_actor(functional, members):
    actor = make_actor(
        functional["portal"],
        title="Atelier d'Alice",
        owner=members["alice"],
        labels=["jardin-remarquable"],
        phone="02 40 12 34 56",
    )
    with api.env.adopt_roles(["Manager"]):
        actor.creators = (members["alice"],)
    transaction.commit()
    return actor.absolute_url()


def stored(clients, url) -> dict:
    data = clients["admin"].get(url).json()
    return {
        "title": data["title"],
        "is_member": data["is_member"],
        "member_since": data["member_since"],
        "labels": sorted(t["token"] for t in data["labels"]),
        "creators": data["creators"],
        "review_state": data["review_state"],
    }


@pytest.mark.parametrize("body", ATTACKS)
def test_owner_rest_patch_is_refused(clients, own_actor, body):
    before = stored(clients, own_actor)
    response = clients["alice"].patch(own_actor, json=body)
    assert response.status_code == 403
    error = response.json()
    assert error["type"] == "Forbidden"
    assert REFUSED in error["message"]
    for field in body:
        if field != "title":
            assert field in error["message"]
    assert stored(clients, own_actor) == before


@pytest.mark.parametrize("body", ATTACKS[:6])
def test_member_rest_add_is_refused(clients, body):
    response = clients["alice"].post(
        "acteurs",
        json={
            "@type": "Actor",
            "title": "Atelier auto-labellisé",
            "actor_category": "association",
            "department": "44",
            "zip_code": "44000",
            "city": "Nantes",
            **body,
        },
    )
    assert response.status_code == 403
    assert REFUSED in response.json()["message"]
    found = clients["admin"].get(
        "@search", params={"portal_type": "Actor", "Title": "auto-labellisé"}
    )
    assert found.json()["items_total"] == 0


def test_owner_may_send_back_what_is_stored(clients, own_actor):
    current = clients["alice"].get(own_actor).json()
    response = clients["alice"].patch(
        own_actor,
        json={
            "is_member": current["is_member"],
            "labels": current["labels"],
            "creators": current["creators"],
            "phone": "02 41 00 00 00",
        },
    )
    assert response.status_code == 204


def test_owner_edit_form_has_no_such_fields_and_writes_none(clients, own_actor):
    alice = clients["alice"]
    before = stored(clients, own_actor)
    page = alice.get(f"{own_actor}/@@edit", headers={"Accept": "text/html"}).text
    for name in ("is_member", "member_since", "labels", "IOwnership.creators"):
        assert f'name="form.widgets.{name}' not in page
    response = alice.post(
        f"{own_actor}/@@edit",
        headers={"Accept": "text/html"},
        data={
            "_authenticator": authenticator(alice, f"{own_actor}/@@edit"),
            "form.widgets.IBasic.title": "Atelier d'Alice",
            "form.widgets.actor_category:list": "association",
            "form.widgets.department:list": "44",
            "form.widgets.zip_code": "44000",
            "form.widgets.city": "Nantes",
            "form.widgets.is_member:list": "selected",
            "form.widgets.member_since": "2019",
            "form.widgets.labels:list": ["musee-de-france", "monument-historique"],
            "form.widgets.IOwnership.creators": "claire@example.org",
            "form.buttons.save": "Enregistrer",
        },
    )
    assert response.status_code == 200
    assert stored(clients, own_actor) == before


def test_add_form_has_no_such_fields_for_a_member(clients):
    page = (
        clients["alice"]
        .get("acteurs/++add++Actor", headers={"Accept": "text/html"})
        .text
    )
    assert 'name="form.widgets.IBasic.title"' in page
    for name in ("is_member", "member_since", "labels", "IOwnership.creators"):
        assert f'name="form.widgets.{name}' not in page


def test_coordinator_may_set_them(clients, own_actor, smtp):
    response = clients["claire"].patch(
        own_actor,
        json={
            "is_member": True,
            "member_since": 2021,
            "labels": ["musee-de-france"],
            "creators": ["alice@example.org", "claire@example.org"],
        },
    )
    assert response.status_code == 204
    after = stored(clients, own_actor)
    assert after["is_member"] is True
    assert after["member_since"] == 2021
    assert after["labels"] == ["musee-de-france"]
    assert after["creators"] == ["alice@example.org", "claire@example.org"]
    # A coordinator's own edit is not reported to the coordinators.
    time.sleep(1)
    assert smtp.to("claire@example.org") == []


def test_owner_other_edit_stays_public_and_is_reported(clients, own_actor, smtp):
    response = clients["alice"].patch(own_actor, json={"phone": "02 41 00 00 00"})
    assert response.status_code == 204
    assert clients["anonymous"].get(own_actor).json()["phone"] == "02 41 00 00 00"
    assert stored(clients, own_actor)["review_state"] == "published"
    smtp.wait(1)
    (message,) = smtp.to("claire@example.org")
    assert message["Subject"] == "Fiche d'acteur publiée modifiée : Atelier d'Alice"
    body = message.get_content()
    assert "alice@example.org" in body
    assert "Champs modifiés : Téléphone" in body
    assert own_actor in body
    assert smtp.to("alice@example.org") == []


def test_owner_edit_of_a_pending_actor_is_not_reported(
    clients, functional, members, smtp
):
    actor = make_actor(
        functional["portal"],
        title="Atelier en attente",
        state="pending",
        owner=members["alice"],
    )
    transaction.commit()
    response = clients["alice"].patch(
        actor.absolute_url(), json={"phone": "02 41 00 00 00"}
    )
    assert response.status_code == 204
    time.sleep(1)
    assert smtp.to("claire@example.org") == []


def test_import_by_a_non_coordinator_cannot_set_them(
    clients, functional, members, own_actor
):
    portal = functional["portal"]
    directory = portal["acteurs"]
    # An integrator gives the import to reviewers, who are not coordinators.
    with api.env.adopt_roles(["Manager"]):
        directory.manage_permission(
            "polepatrimoine: Import actors", ["Manager", "Reviewer"], acquire=True
        )
        api.user.grant_roles(
            username=members["alice"], roles=["Reviewer"], obj=directory
        )
    transaction.commit()
    uid = clients["admin"].get(own_actor).json()["UID"]
    before = stored(clients, own_actor)
    for column, value in (
        ("is_member", "oui"),
        ("labels", "musee-de-france"),
        ("member_since", "2020"),
    ):
        text = (
            f"UID;title;actor_category;department;zip_code;city;{column}\r\n"
            f"{uid};Atelier d'Alice;association;44;44000;Nantes;{value}\r\n"
        )
        response = clients["alice"].post(
            "acteurs/@actors-import",
            data=text.encode("utf-8"),
            headers={"Content-Type": "text/csv"},
        )
        assert response.status_code == 400, response.text
        [error] = response.json()["errors"]
        assert error["field"] == column
        assert REFUSED in error["message"]
    assert stored(clients, own_actor) == before
