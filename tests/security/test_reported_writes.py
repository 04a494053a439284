"""A write endpoint commits what it reports, or answers an error: the stored
result is read back through a second request, never taken from the answer."""

from tests.security.browser_session import BrowserSession
from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import body

import pytest


ROWS = [f"Atelier {WORD} {n};association;bati;44;44000;Nantes;;;" for n in range(5)]


def stored(clients):
    """The test's actors, as an anonymous visitor reads them from the site."""
    response = clients["anonymous"].get(
        "acteurs/@actors-facets", params={"SearchableText": WORD}
    )
    assert response.status_code == 200, response.text
    return response.json()["total"]


def multipart(csv_text):
    return {"file": ("acteurs.csv", csv_text.encode(), "text/csv")}


@pytest.fixture
def coordinator(functional, clients, portal_url):
    return BrowserSession(portal_url, "claire@example.org")


@pytest.mark.parametrize(
    "extra",
    [
        {"data": {"_authenticator": "token"}},
        {"headers": {"X-CSRF-TOKEN": "token"}},
        {"headers": {"Origin": "site"}},
    ],
    ids=["form token", "header token", "same origin"],
)
def test_multipart_import_with_the_cookie_is_saved(clients, coordinator, extra):
    """The case of the review: curl -F file=@acteurs.csv with a session cookie
    answered {"created": 5} while plone.protect threw the import away."""
    kw = {"files": multipart(body(*ROWS))}
    if "data" in extra:
        kw["data"] = {"_authenticator": coordinator.token}
    elif extra["headers"].get("Origin"):
        scheme, _, host = coordinator.portal_url.split("/")[:3]
        kw["headers"] = {"Origin": f"{scheme}//{host}"}
    else:
        kw["headers"] = {"X-CSRF-TOKEN": coordinator.token}
    response = coordinator.request("POST", "acteurs/@actors-import", **kw)
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 5
    assert stored(clients) == 5


@pytest.mark.parametrize(
    "headers",
    [{}, {"Origin": "https://evil.example"}, {"X-CSRF-TOKEN": "f" * 40}],
    ids=["no token", "another origin", "wrong token"],
)
def test_multipart_import_forged_with_the_cookie_is_refused(
    clients, coordinator, headers
):
    response = coordinator.request(
        "POST", "acteurs/@actors-import", files=multipart(body(*ROWS)), headers=headers
    )
    assert response.status_code == 403, response.text
    assert "jeton de sécurité" in response.json()["error"]["message"]
    assert stored(clients) == 0


@pytest.mark.parametrize("content_type", ["text/csv", "text/plain"])
def test_a_csv_body_with_the_cookie_is_refused(clients, coordinator, content_type):
    response = coordinator.request(
        "POST",
        "acteurs/@actors-import",
        data=body(*ROWS).encode(),
        headers={"Content-Type": content_type, "X-CSRF-TOKEN": coordinator.token},
    )
    assert response.status_code == 403
    assert "multipart/form-data" in response.json()["error"]["message"]
    assert stored(clients) == 0


@pytest.mark.parametrize("how", ["multipart", "text/csv"])
def test_basic_authentication_imports_and_saves(clients, how):
    if how == "multipart":
        response = clients["claire"].post(
            "acteurs/@actors-import", files=multipart(body(*ROWS))
        )
    else:
        response = clients["claire"].post(
            "acteurs/@actors-import",
            data=body(*ROWS).encode(),
            headers={"Content-Type": "text/csv"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 5
    assert stored(clients) == 5


def test_the_import_form_saves_what_it_reports(clients, coordinator):
    page = coordinator.session.get(f"{coordinator.portal_url}/acteurs/@@actors-import")
    assert page.status_code == 200
    response = coordinator.session.post(
        f"{coordinator.portal_url}/acteurs/@@actors-import",
        data={"form.submitted": "1", "_authenticator": coordinator.token},
        files=multipart(body(*ROWS)),
    )
    assert response.status_code == 200
    assert "Import terminé : 5 acteurs créés, 0 mis à jour." in response.text
    assert stored(clients) == 5
