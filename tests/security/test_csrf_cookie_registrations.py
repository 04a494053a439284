"""CSRF: event registrations and the actors import refuse a cookie-authenticated
request that a third-party page could forge, and keep working from the site's pages."""

from tests.content.meetings.helpers import make_event
from tests.security.browser_session import BrowserSession
from tests.security.csrf_helpers import EVIL
from tests.security.csrf_helpers import FORGERIES
from tests.security.csrf_helpers import TOKEN_REFUSED
from tests.security.csrf_helpers import TYPE_REFUSED
from tests.security.csrf_helpers import allowed
from tests.security.csrf_helpers import forged
from tests.security.csrf_helpers import send
from tests.security.test_reported_writes import ROWS
from tests.security.test_reported_writes import stored as imported
from tests.services.actors_import.helpers import body as csv_body
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import mails_to

import pytest


# --- event registrations and the actors import: a logged-in member or coordinator ---


@pytest.fixture
def event_url(functional, clients):
    return make_event(functional["portal"]["agenda"], capacity=5).absolute_url()


def registered(url) -> dict:
    """The event's registrations by address, as the organisers read them."""
    return {i["email"]: i["state"] for i in listing(url).json()["items"]}


def alice_registered(url, clients, smtp) -> str:
    """Alice registered (by Basic auth); her cancel token, from her mail."""
    response = clients["alice"].post(
        f"{url}/@registrations", json={"fullname": "A", "consent": True}
    )
    assert response.status_code == 201, response.text
    return cancel_link(mails_to(smtp, "alice@example.org")[0]).group(2)


def pending_for_a_friend(url, clients, smtp) -> str:
    """Alice registered another address: the secret of its confirmation link."""
    response = clients["alice"].post(
        f"{url}/@registrations",
        json={"fullname": "Ami", "email": "ami@exemple.fr", "consent": True},
    )
    assert response.status_code == 202, response.text
    return confirm_link(mails_to(smtp, "ami@exemple.fr")[0]).group(2)


# (login, method, URL, body, written?) once the state to attack is set up.
OTHER_WRITES = {
    "POST @registrations": lambda url, clients, smtp, portal_url: (
        "alice@example.org",
        "POST",
        f"{url}/@registrations",
        {"fullname": "Alice", "consent": True},
        lambda: "alice@example.org" in registered(url),
    ),
    "DELETE @registrations/<token>": lambda url, clients, smtp, portal_url: (
        lambda token: (
            "alice@example.org",
            "DELETE",
            f"{url}/@registrations/{token}",
            None,
            lambda: "alice@example.org" not in registered(url),
        )
    )(alice_registered(url, clients, smtp)),
    "DELETE @registrations/<id> (organiser)": lambda url, clients, smtp, portal_url: (
        lambda _token: (
            "claire@example.org",
            "DELETE",
            f"{url}/@registrations/{listing(url).json()['items'][0]['id']}",
            None,
            lambda: "alice@example.org" not in registered(url),
        )
    )(alice_registered(url, clients, smtp)),
    "POST @registration-confirmation": lambda url, clients, smtp, portal_url: (
        lambda secret: (
            "alice@example.org",
            "POST",
            f"{url}/@registration-confirmation",
            {"token": secret},
            lambda: registered(url)["ami@exemple.fr"] == "confirmed",
        )
    )(pending_for_a_friend(url, clients, smtp)),
}


@pytest.mark.parametrize("write", list(OTHER_WRITES))
@pytest.mark.parametrize("forgery", FORGERIES)
def test_registration_writes_refuse_a_forged_cookie_request(
    clients, event_url, portal_url, smtp, write, forgery
):
    login, method, url, body, written = OTHER_WRITES[write](
        event_url, clients, smtp, portal_url
    )
    before = registered(event_url)
    session = BrowserSession(portal_url, login)
    headers, message = forged(session, session.token)[forgery]
    if method == "DELETE" and message == TYPE_REFUSED:
        headers = {**headers, "Origin": EVIL}
        message = TOKEN_REFUSED
    response = send(session, method, url, body, headers)
    assert response.status_code == 403, response.text
    assert message in response.json()["error"]["message"]
    assert not written()
    assert registered(event_url) == before


@pytest.mark.parametrize("write", list(OTHER_WRITES))
@pytest.mark.parametrize("way", ["token", "same origin"])
def test_registration_writes_from_the_site_are_committed(
    clients, event_url, portal_url, smtp, write, way
):
    login, method, url, body, written = OTHER_WRITES[write](
        event_url, clients, smtp, portal_url
    )
    session = BrowserSession(portal_url, login)
    response = send(session, method, url, body, allowed(session, portal_url)[way])
    assert response.status_code in (200, 201, 204), response.text
    assert written()


@pytest.mark.parametrize("forgery", FORGERIES)
def test_the_actors_import_refuses_a_forged_cookie_request(
    clients, portal_url, forgery
):
    """Its positive cases (multipart with the token or from the site) are in
    test_reported_writes."""
    session = BrowserSession(portal_url, "claire@example.org")
    headers, message = forged(session, session.token)[forgery]
    response = send(
        session,
        "POST",
        "acteurs/@actors-import",
        csv_body(*ROWS).encode(),
        headers,
    )
    assert response.status_code == 403, response.text
    assert message in response.json()["error"]["message"]
    assert imported(clients) == 0
