"""A registration whose address nobody proved holds a place only until its
e-mail's link is followed, once, in time; unconfirmed ones give their place back."""

from plone import api
from polepatrimoine.content.meetings.commands import release_registrations
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.security.registration_helpers import authenticator
from tests.security.registration_helpers import clock_fixture  # noqa: F401
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register

import pytest
import re
import transaction


INVALID = (
    "Ce lien de confirmation n'est pas valable : il a déjà servi ou il a expiré. "
    "Vous pouvez vous inscrire à nouveau."
)


def places_left(url) -> int:
    return client().get(f"{url}/@registration-status").json()["places_left"]


def test_rest_registration_is_pending_until_its_link_is_followed_once(event_url, smtp):
    assert register(event_url, person(1)).status_code == 202
    (item,) = stored(event_url)
    assert (item["state"], item["place_held"]) == ("pending", True)
    assert item["expires"]
    assert places_left(event_url) == 1
    secret = confirm_link(mails_to(smtp, "personne1@exemple.fr")[0]).group(2)
    response = confirm(event_url, secret)
    assert (response.status_code, response.json()) == (200, {"state": "confirmed"})
    mails_to(smtp, "personne1@exemple.fr", 2)
    again = confirm(event_url, secret)
    assert again.status_code == 404
    assert again.json()["error"] == {"type": "NotFound", "message": INVALID}
    (item,) = stored(event_url)
    assert (item["state"], item["expires"]) == ("confirmed", None)
    assert places_left(event_url) == 1
    assert len(smtp.to("personne1@exemple.fr")) == 2


def test_classic_ui_link_confirms_only_by_its_button(event_url, smtp):
    session = client(json=False)
    result = form_register(event_url, person(1), session=session)
    assert "Si cette adresse électronique n'est pas encore inscrite" in result.text
    link = confirm_link(mails_to(smtp, "personne1@exemple.fr")[0]).group(1)
    # A mail scanner opens the link: nothing is confirmed by a GET.
    page = session.get(link)
    assert "Confirmer mon inscription" in page.text
    assert stored(event_url)[0]["state"] == "pending"
    secret = link.split("token=")[1]
    forged = client(json=False).post(
        f"{event_url}/@@confirm-registration", data={"token": secret}
    )
    assert forged.status_code == 403
    assert stored(event_url)[0]["state"] == "pending"
    done = session.post(
        f"{event_url}/@@confirm-registration",
        data={"token": secret, "_authenticator": authenticator(page.text)},
    )
    assert "Votre inscription est confirmée." in done.text
    assert stored(event_url)[0]["state"] == "confirmed"
    (_pending, confirmed) = mails_to(smtp, "personne1@exemple.fr", 2)
    assert confirmed["Subject"].startswith("Inscription confirmée")
    assert INVALID in session.get(link).text


@pytest.mark.parametrize(
    "variant",
    ["empty", "unknown", "number", "list", "object", "null", "truncated", "upper"],
)
def test_wrong_links_confirm_nothing(event_url, smtp, variant):
    register(event_url, person(1))
    secret = confirm_link(mails_to(smtp, "personne1@exemple.fr")[0]).group(2)
    token = {
        "empty": "",
        "unknown": "inconnu",
        "number": 42,
        "list": [secret],
        "object": {"token": secret},
        "null": None,
        "truncated": secret[:-2],
        "upper": secret.upper(),
    }[variant]
    response = confirm(event_url, token)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == INVALID
    (item,) = stored(event_url)
    assert item["state"] == "pending"
    assert len(smtp.to("personne1@exemple.fr")) == 1


def test_a_link_serves_its_own_event_only_and_a_cancel_link_confirms_nothing(
    functional, event_url, smtp
):
    other = make_event(functional["portal"]["agenda"], obj_id="ailleurs").absolute_url()
    register(event_url, person(1))
    secret = confirm_link(mails_to(smtp, "personne1@exemple.fr")[0]).group(2)
    assert confirm(other, secret).status_code == 404
    assert stored(other) == []
    register(event_url, person(2))
    first = confirm_link(mails_to(smtp, "personne2@exemple.fr")[0]).group(2)
    confirm(event_url, first)
    cancel = cancel_link(mails_to(smtp, "personne2@exemple.fr", 2)[1]).group(2)
    assert confirm(event_url, cancel).status_code == 404
    states = {item["email"]: item["state"] for item in stored(event_url)}
    assert states == {
        "personne1@exemple.fr": "pending",
        "personne2@exemple.fr": "confirmed",
    }


def test_members_own_address_needs_no_link_another_address_does(
    clients, event_url, smtp
):
    own = clients["alice"].post(
        f"{event_url}/@registrations", json={"fullname": "A", "consent": True}
    )
    assert (own.status_code, own.json()["state"]) == (201, "confirmed")
    other = clients["bruno"].post(
        f"{event_url}/@registrations",
        json={
            "fullname": "Quelqu'un",
            "email": "victime@exemple.fr",
            "consent": True,
        },
    )
    assert (other.status_code, other.json()["state"]) == (202, "pending")
    states = {item["email"]: item["state"] for item in stored(event_url)}
    assert states == {
        "alice@example.org": "confirmed",
        "victime@exemple.fr": "pending",
    }
    (message,) = mails_to(smtp, "victime@exemple.fr")
    assert message["Subject"].startswith("Confirmez votre inscription")


def test_a_full_event_confirms_onto_the_waiting_list(event_url, smtp):
    for n in (1, 2, 3):
        register(event_url, person(n))
    third = mails_to(smtp, "personne3@exemple.fr")[0]
    assert "L'événement est complet" in third.get_content()
    assert stored(event_url)[2]["place_held"] is False
    states = []
    for n in (3, 1, 2):
        message = mails_to(smtp, f"personne{n}@exemple.fr")[0]
        states.append(confirm(event_url, confirm_link(message).group(2)).json())
    assert states == [
        {"state": "waitlisted"},
        {"state": "confirmed"},
        {"state": "confirmed"},
    ]
    assert places_left(event_url) == 0


@pytest.mark.parametrize("released_by", ["command", "next registration"])
def test_throwaway_addresses_give_their_places_back_when_they_expire(
    functional, clients, event_url, smtp, clock, released_by
):
    for n in (1, 2):
        assert register(event_url, person(n, email=f"jetable{n}@yopmail.fr")).ok
    assert places_left(event_url) == 0
    member = clients["alice"].post(
        f"{event_url}/@registrations", json={"fullname": "Alice", "consent": True}
    )
    assert member.json()["state"] == "waitlisted"
    stale = confirm_link(mails_to(smtp, "jetable1@yopmail.fr")[0]).group(2)
    clock.forward(hours=47, minutes=59)
    assert places_left(event_url) == 0
    clock.forward(minutes=2)
    # Counted as released at once, before anything is written.
    assert places_left(event_url) == 1
    assert [item["email"] for item in stored(event_url)] == ["alice@example.org"]
    if released_by == "command":
        transaction.begin()
        assert release_registrations.run(functional["portal"]) == 2
        transaction.commit()
    else:
        assert register(event_url, person(3)).status_code == 202
    (promoted,) = mails_to(smtp, "alice@example.org", 2)[1:]
    assert promoted["Subject"].startswith("Une place se libère")
    states = {item["email"]: item["state"] for item in stored(event_url)}
    assert states["alice@example.org"] == "confirmed"
    assert "jetable1@yopmail.fr" not in states
    assert confirm(event_url, stale).status_code == 404
    assert len(smtp.to("jetable1@yopmail.fr")) == 1
    # The address is free again: its owner may register for real.
    assert register(event_url, person(1, email="jetable1@yopmail.fr")).ok
    assert len(mails_to(smtp, "jetable1@yopmail.fr", 2)) == 2


def test_the_confirmation_delay_is_a_setting(functional, event_url, smtp, clock):
    api.portal.set_registry_record("polepatrimoine.registrations.confirmation_hours", 2)
    transaction.commit()
    register(event_url, person(1))
    assert len(stored(event_url)) == 1
    body = mails_to(smtp, "personne1@exemple.fr")[0].get_content()
    assert "Une place vous est réservée jusqu'au" in body
    clock.forward(hours=2)
    assert stored(event_url) == []
    assert places_left(event_url) == 2


def test_pending_state_in_the_organisers_page_csv_and_counts(clients, event_url, smtp):
    for n in (1, 2, 3):
        register(event_url, person(n))
    data = clients["admin"].get(f"{event_url}/@registrations").json()
    assert (data["pending"], data["held"], data["confirmed"]) == (3, 2, 0)
    assert data["places_left"] == 0
    page = client(admin=True, json=False).get(f"{event_url}/@@registrations").text
    assert page.count("En attente de confirmation (place réservée)") == 2
    assert page.count("En attente de confirmation<") == 1
    text = " ".join(re.sub("<[^>]+>", "", page).split())
    assert (
        "3 en attente de la confirmation de leur adresse électronique, qui "
        "retiennent 2 places" in text
    )
    csv = client(admin=True, json=False).get(f"{event_url}/@@registrations.csv")
    text = csv.content.decode("utf-8-sig")
    assert text.count(";en attente de confirmation (place réservée);") == 2
    assert text.count(";en attente de confirmation;") == 1
    event_page = client(json=False).get(event_url).text
    assert "L'événement est complet" in event_page
