"""The Classic UI add form of a project, as a member: French errors under the field."""

from tests.fixtures.actors import make_actor
from tests.fixtures.http import client

import html
import pytest
import re
import transaction


@pytest.fixture
def actors(functional, members):
    portal = functional["portal"]
    own = make_actor(
        portal, title="Commune de Quillon-les-Bains", owner=members["alice"]
    )
    other = make_actor(portal, title="Association d'à côté", owner=members["bruno"])
    transaction.commit()
    return {"own": own.UID(), "other": other.UID()}


def field_error(page: str, field: str) -> str:
    """The text of the field's block in the form, up to the next field."""
    start = page.index(f'id="formfield-form-widgets-{field}"')
    end = page.find('id="formfield-', start + 1)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page[start:end])))


def add_project(projects_url, carrier, start="2025-03-01", end="2025-12-31"):
    session = client(login="alice@example.org", json=False)
    form = session.get(f"{projects_url}/++add++Project").text
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', form).group(0)
    token = re.search(r'value="([^"]+)"', tag).group(1)
    data = {
        "form.widgets.IDublinCore.title": "Fête des lavoirs de Quillon",
        "form.widgets.kind:list": "experimentation",
        "form.widgets.kind-empty-marker": "1",
        "form.widgets.status:list": "en-cours",
        "form.widgets.status-empty-marker": "1",
        "form.widgets.carrier": carrier,
        "form.widgets.start": start,
        "form.widgets.end": end,
        "form.buttons.save": "Enregistrer",
        "_authenticator": token,
    }
    return form, session.post(f"{projects_url}/++add++Project", data=data)


def test_form_has_the_project_fields(functional, actors):
    form, _response = add_project(
        functional["portal"]["projets"].absolute_url(), actors["own"]
    )
    for name in ("kind", "carrier", "partners", "departments", "reproducible"):
        assert f"form.widgets.{name}" in form
    assert "Porté par" in form


def test_an_actor_she_does_not_own_is_a_french_form_error(functional, actors):
    projects = functional["portal"]["projets"]
    _form, response = add_project(projects.absolute_url(), actors["other"])
    assert "dont vous êtes propriétaire" in field_error(response.text, "carrier")
    url = f"{projects.absolute_url()}/fete-des-lavoirs-de-quillon"
    assert client(admin=True).get(url).status_code == 404


def test_end_before_start_is_a_french_form_error(functional, actors):
    projects = functional["portal"]["projets"]
    _form, response = add_project(
        projects.absolute_url(), actors["own"], start="2025-03-01", end="2024-01-01"
    )
    assert (
        "La fin d&#39;un projet ne peut pas précéder son début." in response.text
        or ("La fin d'un projet ne peut pas précéder son début." in response.text)
    )
    url = f"{projects.absolute_url()}/fete-des-lavoirs-de-quillon"
    assert client(admin=True).get(url).status_code == 404


def test_valid_project_is_proposed(functional, actors):
    projects = functional["portal"]["projets"]
    _form, response = add_project(projects.absolute_url(), actors["own"])
    assert response.url.startswith(
        f"{projects.absolute_url()}/fete-des-lavoirs-de-quillon"
    ), response.url
    url = f"{projects.absolute_url()}/fete-des-lavoirs-de-quillon"
    data = client(login="alice@example.org").get(url).json()
    assert data["review_state"] == "pending"
    assert data["carrier"]["title"] == "Commune de Quillon-les-Bains"
