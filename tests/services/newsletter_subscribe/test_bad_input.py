"""Refused requests to subscribe: a French 400 naming the field, nothing stored, no mail."""

from polepatrimoine.content.newsletter import subscription
from tests.services.newsletter_subscribe.helpers import state_of

import pytest


ENDPOINT = "@newsletter-subscribe"
GOOD = {"email": "ok@example.org", "consent": True}


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"email": "pas-une-adresse", "consent": True}, "email", "n'est pas valide"),
        ({"email": "a@b", "consent": True}, "email", "n'est pas valide"),
        ({"email": "", "consent": True}, "email", "adresse"),
        ({"consent": True}, "email", "adresse"),
        ({"email": ["ok@example.org"], "consent": True}, "email", "texte"),
        ({**GOOD, "name": "N" * 201}, "name", "trop long"),
        ({**GOOD, "structure": "S" * 5000}, "structure", "trop long"),
        ({**GOOD, "email": "a" * 250 + "@example.org"}, "email", "trop long"),
        ({"email": "ok@example.org"}, "consent", "consentement"),
        ({"email": "ok@example.org", "consent": "yes"}, "consent", "consentement"),
        ({**GOOD, "website": "http://spam.example"}, "website", "refusé"),
    ],
)
def test_refused_with_the_field_named(clients, smtp, body, field, words):
    response = clients["anonymous"].post(ENDPOINT, json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field
    assert words in error["message"]
    assert state_of("ok@example.org") is None
    assert smtp.messages == []


def test_not_json_is_refused(clients, smtp):
    response = clients["anonymous"].post(
        ENDPOINT, data="email=ok@example.org", headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 400
    assert state_of("ok@example.org") is None


def test_repeated_subscriptions_from_one_client_are_limited(clients, smtp, monkeypatch):
    monkeypatch.setattr(subscription, "LIMIT", 3)
    anonymous = clients["anonymous"]
    for number in range(3):
        response = anonymous.post(
            ENDPOINT, json={"email": f"flood{number}@example.org", "consent": True}
        )
        assert response.status_code == 202
    refused = anonymous.post(
        ENDPOINT, json={"email": "flood9@example.org", "consent": True}
    )
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "Trop de demandes" in refused.json()["error"]["message"]
    assert state_of("flood9@example.org") is None
    assert len(smtp.wait(3)) == 3
    assert len(smtp.messages) == 3


def test_the_page_refuses_in_french_and_keeps_nothing(clients, smtp):
    page = clients["anonymous"].get(
        "@@newsletter-subscribe", headers={"Accept": "text/html"}
    )
    assert page.status_code == 200
    import re

    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page.text).group(1)
    response = clients["anonymous"].post(
        "@@newsletter-subscribe",
        data={"email": "pas-une-adresse", "consent": "on", "_authenticator": token},
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 400
    assert "Cette adresse électronique n'est pas valide" in response.text
    assert 'data-field="email"' in response.text
    no_consent = clients["anonymous"].post(
        "@@newsletter-subscribe",
        data={"email": "ok@example.org", "_authenticator": token},
        headers={"Accept": "text/html"},
    )
    assert no_consent.status_code == 400
    assert "consentement" in no_consent.text
    assert state_of("ok@example.org") is None
    assert smtp.messages == []
