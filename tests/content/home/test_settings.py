"""The « Page d'accueil » control panel: the Classic UI form and @controlpanels/home."""

from plone import api
from polepatrimoine.content.home.settings import BLOCKS
from tests.content.personaldata.test_settings import authenticator
from tests.fixtures.http import client

import pytest
import transaction


PANEL = "@@home-settings"
REST_PANEL = "@controlpanels/home"


def record(name):
    transaction.begin()
    return api.portal.get_registry_record(f"polepatrimoine.home.{name}")


def save(who, portal_url, **widgets):
    page = who.get(PANEL)
    data = {
        "form.widgets.blocks": "\n".join(BLOCKS),
        "form.widgets.intro": "Le réseau.",
        "form.widgets.missions": "Observer | Recenser les acteurs.",
        "form.widgets.items": "3",
        "form.buttons.save": "Enregistrer",
        "_authenticator": authenticator(page.text),
    }
    data.update({f"form.widgets.{name}": value for name, value in widgets.items()})
    return who.post(PANEL, data=data)


def test_coordinator_edits_the_home_page_in_french(clients, portal_url):
    claire = client(portal_url, "claire@example.org", json=False)
    page = claire.get(PANEL)
    assert page.status_code == 200
    for label in ("Page d'accueil", "Blocs de la page d'accueil", "Éléments par bloc"):
        assert label in page.text
    response = save(claire, portal_url, blocks="calls\nnews", items="2")
    assert response.status_code == 200
    assert record("blocks") == ["calls", "news"]
    assert record("items") == 2
    assert record("missions") == ["Observer | Recenser les acteurs."]


@pytest.mark.parametrize(
    ("widgets", "field", "message"),
    [
        ({"blocks": "news\nmeteo"}, "blocks", "bloc « meteo » inconnu"),
        ({"blocks": "news\nnews"}, "blocks", "figure deux fois"),
        ({"missions": "Sans barre"}, "missions", "Titre | texte court"),
        ({"items": "-1"}, "items", "Valeur trop petite"),
    ],
)
def test_bad_values_are_refused_in_french(clients, portal_url, widgets, field, message):
    claire = client(portal_url, "claire@example.org", json=False)
    response = save(claire, portal_url, **widgets, intro="Ne pas écrire")
    assert response.status_code == 200
    assert "Il y a des erreurs" in response.text
    assert message in response.text
    assert f'id="formfield-form-widgets-{field}"' in response.text
    assert record("intro") != "Ne pas écrire"
    assert record("blocks") == list(BLOCKS)


def test_coordinator_sets_the_blocks_over_rest(clients):
    response = clients["claire"].patch(
        REST_PANEL, json={"blocks": ["youth", "map"], "items": 5}
    )
    assert response.status_code == 204, response.text
    assert record("blocks") == ["youth", "map"]
    assert record("items") == 5
    data = clients["claire"].get(REST_PANEL).json()["data"]
    assert data["blocks"] == ["youth", "map"]


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"blocks": ["news", "meteo"]}, "blocks", "bloc « meteo » inconnu"),
        ({"items": -2}, "items", "Valeur trop petite"),
        ({"items": 0}, "items", "Valeur trop petite"),
        ({"missions": ["Sans barre"]}, "missions", "Titre | texte court"),
    ],
)
def test_bad_values_over_rest_are_a_french_400(clients, body, field, message):
    response = clients["claire"].patch(
        REST_PANEL, json={**body, "intro": "Ne pas écrire"}
    )
    assert response.status_code == 400
    assert field in response.text
    assert message in response.json()["message"]
    assert record("intro") != "Ne pas écrire"
    assert record("blocks") == list(BLOCKS)
