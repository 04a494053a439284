"""The identity settings and the legal pages: who may change them.

Members and visitors read the footer and the legal pages; only coordinators
(Site Administrator) change the address, through the form or REST, and the
pages' text."""

from plone import api
from tests.policy.theme.helpers import fetch

import pytest
import transaction


@pytest.mark.parametrize("who", ["anonymous", "alice"])
def test_identity_settings_refused(functional, clients, who):
    client = clients[who]
    before = api.portal.get_registry_record("polepatrimoine.identity.email")
    read = client.get("@controlpanels/network-identity")
    assert read.status_code in (401, 403)
    write = client.patch(
        "@controlpanels/network-identity", json={"email": "pirate@example.org"}
    )
    assert write.status_code in (401, 403)
    transaction.begin()
    assert api.portal.get_registry_record("polepatrimoine.identity.email") == before


@pytest.mark.parametrize("login", [None, "alice@example.org"])
def test_identity_form_refused(functional, clients, login):
    response, _tree = fetch(
        functional["portal"].absolute_url() + "/@@identity-settings", login=login
    )
    # Plone answers the login form (or its refusal) instead of the panel.
    assert 'name="form.widgets.address"' not in response.text


@pytest.mark.parametrize("who", ["anonymous", "alice"])
@pytest.mark.parametrize("page_id", ["mentions-legales", "accessibilite"])
def test_legal_pages_not_editable(functional, clients, who, page_id):
    client = clients[who]
    response = client.patch(page_id, json={"title": "Défiguré"})
    assert response.status_code in (401, 403)
    assert clients["anonymous"].get(page_id).json()["title"] != "Défiguré"
    edit, _tree = fetch(
        f"{functional['portal'].absolute_url()}/{page_id}/edit",
        login="alice@example.org" if who == "alice" else None,
    )
    assert 'name="form.widgets.IDublinCore.title"' not in edit.text
