"""The suite's add and edit forms over HTTP: Plone's fieldsets for coordinators only, a proposal says it awaits review."""

from tests.fixtures.actors import make_actor
from tests.fixtures.http import client

import html
import pytest
import re
import transaction


HIDDEN = ("settings", "ownership", "dates", "categorization")
PROPOSAL = (
    "Votre proposition a été envoyée ; elle sera publiée après validation par "
    "l'équipe du réseau."
)
CREATED = "Elément créé"  # Plone's own French


def page(session, path):
    response = session.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200, (path, response.status_code)
    return response.text


def fieldsets(text):
    return set(re.findall(r'<fieldset id="fieldset-([a-z-]+)"', text))


def token(text):
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', text).group(0)
    return re.search(r'value="([^"]+)"', tag).group(1)


@pytest.fixture
def own_actor(functional, members):
    actor = make_actor(
        functional["portal"],
        title="Forge Quillon du formulaire",
        owner=members["alice"],
    )
    transaction.commit()
    return actor


@pytest.fixture
def forms(functional, own_actor):
    """Add and edit forms a member reaches, relative to the portal."""
    actor = own_actor.absolute_url(1).split("/", 1)[1]
    return (
        "acteurs/++add++Actor",
        "projets/++add++Project",
        "jeunes-pros/offres/++add++Opportunity",
        "accompagnement/appel-trajet/++add++Application",
        f"{actor}/edit",
    )


def test_members_do_not_see_plones_fieldsets(clients, forms):
    for path in forms:
        text = page(clients["alice"], path)
        assert "fieldset-default" in text or "form.widgets" in text, path
        assert fieldsets(text) & set(HIDDEN) == set(), path
        # Nor the tabs' fields themselves.
        assert "form.widgets.IOwnership.rights" not in text, path
        assert "form.widgets.IExcludeFromNavigation.exclude_from_nav" not in text


def test_coordinators_keep_them(clients, forms):
    for path in forms:
        found = fieldsets(page(clients["claire"], path))
        assert "settings" in found, (path, found)
        if "Application" not in path:
            assert "ownership" in found, (path, found)


def test_a_members_edit_keeps_the_hidden_values(clients, functional, own_actor):
    """Fields the member no longer sees are left as they were, not emptied."""
    own_actor.rights = "© Forge Quillon"
    own_actor.exclude_from_nav = True
    transaction.commit()
    path = f"{own_actor.absolute_url()}/edit"
    text = page(clients["alice"], path)
    response = clients["alice"].post(
        path,
        data={
            "_authenticator": token(text),
            "form.widgets.IBasic.title": "Forge Quillon renommée",
            "form.widgets.actor_category:list": "association",
            "form.widgets.department:list": "44",
            "form.widgets.zip_code": "44000",
            "form.widgets.city": "Nantes",
            "form.buttons.save": "Enregistrer",
        },
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 200
    transaction.abort()
    functional["portal"]._p_jar.sync()
    assert own_actor.Title() == "Forge Quillon renommée"
    assert own_actor.rights == "© Forge Quillon"
    assert own_actor.exclude_from_nav is True


def add_actor(session, title):
    text = page(session, "acteurs/++add++Actor")
    return session.post(
        "acteurs/++add++Actor",
        data={
            "_authenticator": token(text),
            "form.widgets.IBasic.title": title,
            "form.widgets.actor_category:list": "association",
            "form.widgets.department:list": "44",
            "form.widgets.zip_code": "44000",
            "form.widgets.city": "Nantes",
            "form.buttons.save": "Enregistrer",
        },
        headers={"Accept": "text/html"},
    )


def test_a_members_actor_says_it_was_sent_for_review(clients, functional):
    response = add_actor(clients["alice"], "Atelier Quillon proposé")
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert PROPOSAL in text
    assert CREATED not in text
    found = (
        client(admin=True)
        .get("@search", params={"Title": "Atelier Quillon proposé", "fullobjects": 1})
        .json()["items"]
    )
    assert [item["review_state"] for item in found] == ["pending"]


def test_a_coordinators_actor_is_created_as_before(clients, functional):
    text = html.unescape(add_actor(clients["claire"], "Atelier Quillon du réseau").text)
    assert CREATED in text
    assert PROPOSAL not in text


def test_a_members_project_says_it_was_sent_for_review(clients, functional, own_actor):
    session = clients["alice"]
    text = page(session, "projets/++add++Project")
    response = session.post(
        "projets/++add++Project",
        data={
            "form.widgets.IDublinCore.title": "Fête des forges de Quillon",
            "form.widgets.kind:list": "experimentation",
            "form.widgets.kind-empty-marker": "1",
            "form.widgets.status:list": "en-cours",
            "form.widgets.status-empty-marker": "1",
            "form.widgets.carrier": own_actor.UID(),
            "form.widgets.start": "2025-03-01",
            "form.buttons.save": "Enregistrer",
            "_authenticator": token(text),
        },
        headers={"Accept": "text/html"},
    )
    assert "fete-des-forges-de-quillon" in response.url
    assert PROPOSAL in html.unescape(response.text)
    state = clients["alice"].get(response.url.split("?")[0].removesuffix("/view"))
    assert state.json()["review_state"] == "pending"
