"""POST @registrations: who registers and confirms, the waiting list, bad input, fifty at once."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from polepatrimoine.content.meetings.registrations import get_registrations
from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.content.meetings.helpers import make_user
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from tests.services.registrations.helpers import register_confirmed

import pytest
import transaction


class TestRegister:
    def test_anonymous_visitor_confirms_by_the_link_of_a_french_mail(
        self, event_url, smtp
    ):
        response = register(event_url, person(1))
        assert response.status_code == 202
        assert response.json() == {
            "state": "pending",
            "message": "Si cette adresse électronique n'est pas encore inscrite à "
            "cet événement, elle va recevoir un courriel avec un lien pour "
            "confirmer l'inscription.",
        }
        (message,) = smtp.wait(1)
        assert "personne1@exemple.fr" in message["X-Envelope-To"]
        assert message["Subject"] == (
            "Confirmez votre inscription : Rencontre des acteurs du patrimoine"
        )
        body = message.get_content()
        assert body.startswith("Bonjour,\n")
        assert "Personne 1" not in body
        assert "Musée de la Vendée" not in body
        assert "Une place vous est réservée jusqu'au" in body
        assert cancel_link(message) is None
        link = confirm_link(message)
        assert link.group(1).startswith(f"{event_url}/@@confirm-registration?token=")
        assert len(link.group(2)) >= 40
        assert listing(event_url).json()["items"][0]["state"] == "pending"
        smtp.clear()
        confirmed = confirm(event_url, link.group(2))
        assert confirmed.status_code == 200
        assert confirmed.json() == {"state": "confirmed"}
        (message,) = smtp.wait(1)
        assert message["Subject"] == (
            "Inscription confirmée : Rencontre des acteurs du patrimoine"
        )
        body = message.get_content()
        assert body.startswith("Bonjour,\n")
        assert "Votre inscription est confirmée." in body
        assert "Nom indiqué à l'inscription : « Personne 1 »" in body
        match = cancel_link(message)
        assert match.group(1).startswith(event_url)
        assert len(match.group(2)) >= 40
        item_id = listing(event_url).json()["items"][0]["id"]
        assert item_id not in body

    def test_waiting_list_when_full(self, event_url, smtp):
        states = [register_confirmed(event_url, person(n), smtp) for n in range(4)]
        assert states == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
        waiting = smtp.to("personne2@exemple.fr")[-1]
        assert waiting["Subject"].startswith("Inscription en liste d'attente")
        data = listing(event_url).json()
        assert (data["confirmed"], data["waitlisted"], data["places_left"]) == (2, 2, 0)

    def test_authenticated_member_registers_with_profile(self, portal, event_url, smtp):
        make_user("membre@exemple.fr")
        response = register(event_url, {}, login="membre@exemple.fr")
        assert response.status_code == 201
        (item,) = listing(event_url).json()["items"]
        assert (item["fullname"], item["email"]) == (
            "Camille Martin",
            "membre@exemple.fr",
        )

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"fullname": "", "email": "a@exemple.fr"}, "fullname"),
            ({"fullname": "Jean", "email": ""}, "email"),
            ({"fullname": "Jean", "email": "pas-une-adresse"}, "email"),
            ({"fullname": "J" * 201, "email": "a@exemple.fr"}, "fullname"),
            (
                {
                    "fullname": "Robot",
                    "email": "r@exemple.fr",
                    "website": "http://spam",
                },
                "website",
            ),
        ],
    )
    def test_bad_input_is_refused_with_nothing_written(
        self, event_url, smtp, data, field
    ):
        response = register(event_url, data)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["field"] == field
        assert error["message"]
        assert listing(event_url).json()["items_total"] == 0
        assert smtp.messages == []

    def test_member_told_their_own_address_is_registered(self, event_url, smtp):
        make_user("membre@exemple.fr")
        assert register(event_url, {}, login="membre@exemple.fr").status_code == 201
        response = register(
            event_url, {"email": "MEMBRE@exemple.fr "}, login="membre@exemple.fr"
        )
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Cette adresse électronique est déjà inscrite à cet événement."
        )
        assert listing(event_url).json()["items_total"] == 1

    def test_closed_deadline(self, portal, smtp):
        url = make_event(
            portal["agenda"], obj_id="close", registration_deadline=in_days(-1)
        ).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Les inscriptions à cet événement sont closes."
        )
        assert listing(url).json()["items_total"] == 0

    def test_event_already_started(self, portal):
        url = make_event(
            portal["agenda"], obj_id="passe", start=in_days(-2), end=in_days(-2, 17)
        ).absolute_url()
        assert register(url, person(1)).status_code == 400

    def test_no_registration_on_this_event(self, portal):
        url = make_event(portal["agenda"], obj_id="libre", capacity=0).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Il n'y a pas d'inscription pour cet événement."
        )
        transaction.begin()
        assert get_registrations(portal["agenda"]["libre"]) is None

    def test_private_event_is_closed_to_anonymous(self, portal):
        url = make_event(portal["agenda"], obj_id="prive", publish=False).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 401
        assert listing(url).json()["items_total"] == 0


def test_fifty_concurrent_registrations_for_twenty_places(portal, smtp):
    api.portal.set_registry_record("polepatrimoine.registrations.rate_limit", 100)
    url = make_event(portal["agenda"], obj_id="connexions", capacity=20).absolute_url()

    # A hundred kept-alive connections would reach the server's limit.
    close = {"Connection": "close"}

    def send(n):
        return register(url, person(n), headers=close)

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(send, range(50)))
    assert [r.status_code for r in responses] == [202] * 50
    data = listing(url).json()
    assert (data["items_total"], data["pending"], data["held"]) == (50, 50, 20)
    assert data["places_left"] == 0
    held = {item["email"] for item in data["items"] if item["place_held"]}
    secrets = {
        message["X-Envelope-To"]: confirm_link(message).group(2)
        for message in smtp.wait(50)
    }
    smtp.clear()

    def follow(n):
        address = f"personne{n}@exemple.fr"
        return address, confirm(url, secrets[address], headers=close)

    with ThreadPoolExecutor(max_workers=50) as pool:
        confirmations = dict(pool.map(follow, range(50)))
    assert {r.status_code for r in confirmations.values()} == {200}
    states = {address: r.json()["state"] for address, r in confirmations.items()}
    assert {a for a, state in states.items() if state == "confirmed"} == held
    assert list(states.values()).count("waitlisted") == 30
    data = listing(url).json()
    assert (data["items_total"], data["confirmed"], data["waitlisted"]) == (50, 20, 30)
    assert data["pending"] == 0
    assert {item["email"] for item in data["items"]} == {
        f"personne{n}@exemple.fr" for n in range(50)
    }
    by_email = {item["email"]: item["state"] for item in data["items"]}
    assert by_email == states
    smtp.wait(50)
