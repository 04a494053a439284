"""Subscribing over REST, real SMTP: the double opt-in, expiry, reuse, the one answer."""

from datetime import timedelta
from polepatrimoine.content.newsletter import subscribers
from tests.services.newsletter_subscribe.fixtures import make_subscriber
from tests.services.newsletter_subscribe.helpers import link
from tests.services.newsletter_subscribe.helpers import path_of
from tests.services.newsletter_subscribe.helpers import state_of

import time
import transaction


ENDPOINT = "@newsletter-subscribe"


def subscribe(client, email, **extra):
    return client.post(ENDPOINT, json={"email": email, "consent": True, **extra})


def test_subscribe_mail_link_active(clients, smtp, portal_url):
    anonymous = clients["anonymous"]
    response = subscribe(anonymous, "Zoe@Example.org", name="Zoé", structure="Musée")
    assert response.status_code == 202, response.text
    assert "confirmer" in response.json()["message"]
    assert state_of("zoe@example.org") == subscribers.PENDING
    [message] = smtp.wait(1)
    assert message["To"] == "zoe@example.org"
    assert "Confirmez votre abonnement" in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert "Zoé" not in body
    assert "Musée" not in body
    url = link(message, "@@newsletter-confirm")
    # The page behind the link changes nothing until its button is pressed.
    page = anonymous.get(url, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "Confirmer mon abonnement" in page.text
    assert state_of("zoe@example.org") == subscribers.PENDING
    done = anonymous.post(url, data={"confirm": "1"}, headers={"Accept": "text/html"})
    assert done.status_code == 200
    assert "Votre abonnement est confirmé" in done.text
    assert state_of("zoe@example.org") == subscribers.ACTIVE
    welcome = smtp.wait(2)[1]
    assert "@@newsletter-unsubscribe/" in welcome.get_body(("plain",)).get_content()
    # Single use: the same link now says it is not valid.
    again = anonymous.post(url, data={"confirm": "1"}, headers={"Accept": "text/html"})
    assert again.status_code == 404
    assert "n'est pas valide" in again.text


def test_confirm_over_rest(clients, smtp, portal_url):
    anonymous = clients["anonymous"]
    subscribe(anonymous, "rest@example.org")
    [message] = smtp.wait(1)
    token = link(message, "@@newsletter-confirm").rsplit("/", 1)[1]
    assert anonymous.get(f"@newsletter-confirm/{token}").json() == {"valid": True}
    assert state_of("rest@example.org") == subscribers.PENDING
    confirmed = anonymous.post(f"@newsletter-confirm/{token}")
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json() == {"state": "active"}
    reused = anonymous.post(f"@newsletter-confirm/{token}")
    assert reused.status_code == 404
    assert "n'est pas valide" in reused.json()["error"]["message"]
    assert anonymous.get(f"@newsletter-confirm/{token}").status_code == 404
    assert state_of("rest@example.org") == subscribers.ACTIVE


def test_an_expired_link_confirms_nothing(clients, smtp, monkeypatch, portal_url):
    anonymous = clients["anonymous"]
    subscribe(anonymous, "late@example.org")
    url = link(smtp.wait(1)[0], "@@newsletter-confirm")
    later = subscribers.now() + timedelta(days=7, minutes=1)
    monkeypatch.setattr(subscribers, "now", lambda: later)
    response = anonymous.post(
        url, data={"confirm": "1"}, headers={"Accept": "text/html"}
    )
    assert response.status_code == 404
    assert "expiré" in response.text
    token = url.rsplit("/", 1)[1]
    assert anonymous.post(f"@newsletter-confirm/{token}").status_code == 404
    assert state_of("late@example.org") == subscribers.PENDING
    # The address may subscribe again: a new link, which works.
    smtp.clear()
    assert subscribe(anonymous, "late@example.org").status_code == 202
    fresh = link(smtp.wait(1)[0], "@@newsletter-confirm")
    assert fresh != url
    assert anonymous.post(path_of(fresh, portal_url).replace("@@", "@")).json() == {
        "state": "active"
    }


def timed(call):
    start = time.perf_counter()
    response = call()
    return response, time.perf_counter() - start


def test_the_same_answer_for_known_and_unknown_addresses(clients, smtp, monkeypatch):
    anonymous = clients["anonymous"]
    subscribe(anonymous, "known@example.org")
    token = link(smtp.wait(1)[0], "@@newsletter-confirm").rsplit("/", 1)[1]
    anonymous.post(f"@newsletter-confirm/{token}")
    smtp.wait(2)  # the welcome
    smtp.clear()
    # Past the hour during which a second request mails nobody.
    later = subscribers.now() + timedelta(hours=2)
    monkeypatch.setattr(subscribers, "now", lambda: later)
    known, known_time = timed(lambda: subscribe(anonymous, "known@example.org"))
    unknown, unknown_time = timed(lambda: subscribe(anonymous, "unknown@example.org"))
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json()
    assert set(known.headers) == set(unknown.headers)
    assert abs(known_time - unknown_time) < 1.0
    assert state_of("known@example.org") == subscribers.ACTIVE
    # The active subscriber is told they are subscribed, with no new link.
    mails = smtp.wait(2)
    already = [m for m in mails if m["To"] == "known@example.org"]
    assert len(already) == 1
    assert "déjà abonné" in already[0]["Subject"]
    assert "@@newsletter-confirm" not in already[0].get_body(("plain",)).get_content()
    # Asked again within the hour: the same answer and no more mail.
    smtp.clear()
    assert subscribe(anonymous, "known@example.org").json() == unknown.json()
    assert subscribe(anonymous, "unknown@example.org").json() == unknown.json()
    assert smtp.messages == []


def test_a_bouncing_address_that_confirms_again_starts_with_no_failure(
    clients, smtp, functional
):
    make_subscriber(functional["portal"], "rebond@example.org", subscribers.BOUNCING)
    transaction.begin()
    bouncing = subscribers.store().get("rebond@example.org")
    bouncing.failures = {"a" * 32, "b" * 32, "c" * 32}
    transaction.commit()
    anonymous = clients["anonymous"]
    assert subscribe(anonymous, "rebond@example.org").status_code == 202
    token = link(smtp.wait(1)[0], "@@newsletter-confirm").rsplit("/", 1)[1]
    assert anonymous.post(f"@newsletter-confirm/{token}").json() == {"state": "active"}
    found = clients["claire"].get(
        "lettre/@newsletter-subscribers", params={"q": "rebond@"}
    )
    [item] = found.json()["items"]
    assert (item["state"], item["failures"]) == ("active", 0)
