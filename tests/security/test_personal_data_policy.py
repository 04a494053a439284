"""The public page « Données personnelles » tells what is kept, never about whom."""

from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.services.registrations.helpers import register

import json


SECRETS = ("Camille Secrète", "camille.secrete@exemple.fr", "Musée Discret", "Alice")


def test_the_page_holds_no_data_of_any_person(clients, portal_url, event_url, smtp):
    response = register(
        event_url,
        {
            "fullname": "Camille Secrète",
            "email": "camille.secrete@exemple.fr",
            "structure": "Musée Discret",
        },
    )
    assert response.status_code == 202
    # The stored registration is there (the organisers see it)...
    listing = clients["admin"].get(f"{event_url}/@registrations").text
    assert "camille.secrete@exemple.fr" in listing
    # ...and the page, for anyone, names nobody: not the registrant, not a member.
    browsers = {
        "anonymous": client(portal_url, json=False),
        "alice": client(portal_url, "alice@example.org", json=False),
        "claire": client(portal_url, "claire@example.org", json=False),
        "admin": client(portal_url, admin=True, json=False),
    }
    for who, browser in browsers.items():
        page = browser.get("@@personal-data-policy")
        data = clients[who].get("@personal-data-policy")
        assert (page.status_code, data.status_code) == (200, 200)
        # The page's content: the header's personal tools name the logged-in
        # user, and the footer's newsletter form offers their own address.
        content = page.text[
            page.text.index('id="content"') : page.text.index('id="portal-footer')
        ]
        text = content + json.dumps(data.json(), ensure_ascii=False)
        for secret in (*SECRETS, "alice@example.org", "claire@example.org"):
            assert secret not in text, (who, secret)


def test_the_page_and_its_json_are_read_only(clients, portal_url):
    for method in ("POST", "PATCH", "DELETE"):
        response = clients["anonymous"].request(
            method, "@personal-data-policy", json={"title": "Rien"}
        )
        assert response.status_code in (401, 403, 404, 405), method
    assert clients["anonymous"].get("@personal-data-policy").json()["title"] == (
        "Données personnelles"
    )
