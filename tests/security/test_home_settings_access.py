"""Only coordinators read and change the home page's settings: form and @controlpanels/home."""

from plone import api
from polepatrimoine.content.home.settings import BLOCKS
from tests.content.personaldata.test_settings import authenticator
from tests.fixtures.http import client

import transaction


PANEL = "@@home-settings"
REST_PANEL = "@controlpanels/home"


def test_members_and_visitors_are_refused(clients, portal_url):
    token_page = client(portal_url, "claire@example.org", json=False).get(PANEL)
    for who in (
        client(portal_url, "alice@example.org", json=False),
        client(portal_url, json=False),
    ):
        page = who.get(PANEL, allow_redirects=False)
        assert page.status_code in (302, 401, 403)
        assert "Blocs de la page d'accueil" not in page.text
        posted = who.post(
            PANEL,
            data={
                "form.widgets.blocks": "news",
                "form.widgets.items": "1",
                "form.buttons.save": "Enregistrer",
                "_authenticator": authenticator(token_page.text),
            },
            allow_redirects=False,
        )
        assert posted.status_code in (302, 401, 403)
    for name in ("alice", "anonymous"):
        patched = clients[name].patch(REST_PANEL, json={"blocks": ["news"]})
        assert patched.status_code in (401, 403)
        assert clients[name].get(REST_PANEL).status_code in (401, 403)
    transaction.begin()
    assert api.portal.get_registry_record("polepatrimoine.home.blocks") == list(BLOCKS)
    assert clients["admin"].get(REST_PANEL).json()["data"]["blocks"] == list(BLOCKS)


def test_the_panel_is_listed_for_coordinators_only(clients):
    listed = [panel["@id"] for panel in clients["claire"].get("@controlpanels").json()]
    assert any(url.endswith("/@controlpanels/home") for url in listed)
    assert clients["alice"].get("@controlpanels").status_code in (401, 403)
