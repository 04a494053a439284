"""Members subscribe their account's address in one click, then confirm it by the
e-mail's link like anyone: Plone never proved the account's address."""

from polepatrimoine.content.newsletter import subscribers
from tests.fixtures.http import client
from tests.services.newsletter_subscribe.helpers import link
from tests.services.newsletter_subscribe.helpers import state_of

import lxml.html
import re


HTML = {"Accept": "text/html"}


def token_of(page: str) -> str:
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)


def test_member_subscribes_and_unsubscribes_from_the_preferences(
    clients, smtp, portal_url
):
    alice = client(portal_url, "alice@example.org", json=False)
    page = alice.get("@@newsletter-preferences")
    assert page.status_code == 200
    assert "Vous ne recevez pas la lettre d'information à" in page.text
    assert "alice@example.org" in page.text
    # The user menu leads there.
    assert "/@@newsletter-preferences" in alice.get("").text
    token = token_of(page.text)
    done = alice.post(
        "@@newsletter-preferences",
        data={"subscribe": "1", "consent": "on", "_authenticator": token},
    )
    assert done.status_code == 200
    assert "Un lien pour confirmer votre abonnement a été envoyé à" in done.text
    assert state_of("alice@example.org") == subscribers.PENDING
    subscriber = subscribers.store().get("alice@example.org")
    assert subscriber.consent["source"] == "member"
    assert subscriber.consent["text"].startswith("J'accepte")
    # An account's address is whatever its owner typed: the inbox confirms.
    [message] = smtp.wait(1)
    assert (message["To"], "Confirmez" in message["Subject"]) == (
        "alice@example.org",
        True,
    )
    secret = link(message, "@@newsletter-confirm").rsplit("/", 1)[1]
    confirmed = clients["anonymous"].post(f"@newsletter-confirm/{secret}")
    assert confirmed.json() == {"state": "active"}
    assert state_of("alice@example.org") == subscribers.ACTIVE
    page = alice.get("@@newsletter-preferences")
    assert "La lettre d'information est envoyée à" in page.text
    left = alice.post(
        "@@newsletter-preferences",
        data={"unsubscribe": "1", "_authenticator": token},
    )
    assert left.status_code == 200
    assert state_of("alice@example.org") == subscribers.UNSUBSCRIBED


def test_preferences_without_consent_or_token_write_nothing(clients, portal_url):
    alice = client(portal_url, "alice@example.org", json=False)
    token = token_of(alice.get("@@newsletter-preferences").text)
    refused = alice.post(
        "@@newsletter-preferences", data={"subscribe": "1", "_authenticator": token}
    )
    assert "consentement" in refused.text
    assert state_of("alice@example.org") is None
    forged = alice.post(
        "@@newsletter-preferences", data={"subscribe": "1", "consent": "on"}
    )
    assert forged.status_code == 403
    assert state_of("alice@example.org") is None


def test_visitors_are_sent_to_the_login_form(clients, portal_url):
    response = client(portal_url, json=False).get(
        "@@newsletter-preferences", allow_redirects=False
    )
    assert response.status_code in (302, 401)
    if response.status_code == 302:
        assert "login" in response.headers["Location"]


def test_member_over_rest_gets_the_link_for_their_own_address(clients, smtp):
    bruno = clients["bruno"]
    response = bruno.post("@newsletter-subscribe", json={"consent": True})
    assert response.status_code == 202, response.text
    assert response.json()["state"] == subscribers.PENDING
    assert state_of("bruno@example.org") == subscribers.PENDING
    [message] = smtp.wait(1)
    assert message["To"] == "bruno@example.org"
    token = link(message, "@@newsletter-confirm").rsplit("/", 1)[1]
    assert bruno.post(f"@newsletter-confirm/{token}").json() == {"state": "active"}
    # Once active, the member may learn it (the address is their account's).
    again = bruno.post("@newsletter-subscribe", json={"consent": True})
    assert (again.status_code, again.json()) == (200, {"state": "active"})


def test_member_asking_for_another_address_gets_the_link(clients, smtp):
    response = clients["bruno"].post(
        "@newsletter-subscribe", json={"email": "autre@example.org", "consent": True}
    )
    assert response.status_code == 202
    assert state_of("autre@example.org") == subscribers.PENDING
    assert "Confirmez" in smtp.wait(1)[0]["Subject"]


def test_member_subscribes_from_the_personal_information_page(
    clients, smtp, portal_url
):
    alice = client(portal_url, "alice@example.org", json=False)
    page = alice.get("@@personal-information")
    assert page.status_code == 200
    tree = lxml.html.fromstring(page.text)
    [section] = tree.cssselect("#newsletter-personal-information")
    assert "Vous ne recevez pas la lettre d'information à" in section.text_content()
    [form] = section.cssselect("form")
    assert form.cssselect("input[name='consent']")  # the consent beside the button
    assert "J'accepte" in section.text_content()
    fields = {i.get("name"): i.get("value") for i in form.cssselect("input")}
    fields.update(subscribe="1", consent="on")
    done = alice.post(form.get("action"), data=fields)
    assert done.url.endswith("/@@personal-information")
    assert "Un lien pour confirmer votre abonnement a été envoyé à" in done.text
    assert state_of("alice@example.org") == subscribers.PENDING
    [message] = smtp.wait(1)
    assert message["To"] == "alice@example.org"
    secret = link(message, "@@newsletter-confirm").rsplit("/", 1)[1]
    clients["anonymous"].post(f"@newsletter-confirm/{secret}")
    page = alice.get("@@personal-information")
    [section] = lxml.html.fromstring(page.text).cssselect(
        "#newsletter-personal-information"
    )
    assert "La lettre d'information est envoyée à" in section.text_content()
    [form] = section.cssselect("form")
    fields = {i.get("name"): i.get("value") for i in form.cssselect("input")}
    left = alice.post(form.get("action"), data={**fields, "unsubscribe": "1"})
    assert left.url.endswith("/@@personal-information")
    assert state_of("alice@example.org") == subscribers.UNSUBSCRIBED
