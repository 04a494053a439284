"""Item 8's side channel: the places an event shows do not tell a visitor whether
an address they submitted was registered already (counts, pages, answers, and the
fate of the visitor's own registrations)."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.security.registration_helpers import clock_fixture  # noqa: F401
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from tests.services.registrations.helpers import register_confirmed

import pytest
import re


ATTACKER = "attaquant@exemple.fr"


@pytest.fixture(name="events")
def events_fixture(functional):
    """Two events alike, of two places: one to probe a registered address, one
    to probe a new one."""
    agenda = functional["portal"]["agenda"]
    return [
        make_event(agenda, obj_id=name, capacity=2).absolute_url()
        for name in ("sonde-inscrite", "sonde-nouvelle")
    ]


def registered(kind, url, smtp, clients) -> str:
    """A registration of that kind made by its owner; its address."""
    if kind == "confirmed":
        register_confirmed(url, person(1), smtp)
        return "personne1@exemple.fr"
    if kind == "pending":
        before = len(smtp.to("personne1@exemple.fr"))
        assert register(url, person(1)).status_code == 202
        mails_to(smtp, "personne1@exemple.fr", before + 1)
        return "personne1@exemple.fr"
    response = clients["alice"].post(
        f"{url}/@registrations", json={"fullname": "A", "consent": True}
    )
    assert response.status_code == 201, response.text
    return "alice@example.org"


def visible(url) -> dict:
    """Everything about the places a visitor can read, the URL taken out."""
    status = client().get(f"{url}/@registration-status").json()
    del status["@id"]
    page = client(json=False).get(url).text
    block = re.search(r'id="registration".*?</form>', page, re.S).group(0)
    text = " ".join(re.sub("<[^>]+>", " ", block).split())
    return {"status": status, "page": text}


def attacker_mail(smtp, url, count) -> str:
    """The attacker's own latest mail about url, its event's address taken out."""
    message = [m for m in mails_to(smtp, ATTACKER, count) if url in m.get_content()]
    text = message[-1].get_content().replace(url, "<event>")
    return re.sub(r"token=\S+", "token=<secret>", text)


@pytest.mark.parametrize("kind", ["confirmed", "pending", "member"])
def test_a_registered_and_a_new_address_leave_the_same_public_state(
    clients, events, smtp, clock, kind
):
    known_url, fresh_url = events
    address = registered(kind, known_url, smtp, clients)
    # The other event starts from the same counts: the same registration
    # (the member's own, a member's address being theirs).
    registered(kind, fresh_url, smtp, clients)
    assert visible(known_url) == visible(fresh_url)
    stored_before = stored(known_url)

    probe = {"fullname": "Curieux", "email": address, "structure": "X"}
    answers = [
        register(known_url, probe),
        register(fresh_url, {**probe, "email": "inconnue@exemple.fr"}),
    ]
    assert answers[0].status_code == answers[1].status_code == 202
    assert answers[0].json() == answers[1].json()
    assert visible(known_url) == visible(fresh_url)
    assert visible(known_url)["status"]["places_left"] == 0
    # Nothing of the registered person's changed, and no one was added.
    assert stored(known_url) == stored_before

    # The attacker's own registration gets the same mail and the same fate.
    for n, url in enumerate(events, start=1):
        assert register(url, {**person(9), "email": ATTACKER}).status_code == 202
        mails_to(smtp, ATTACKER, n)
    pending = [attacker_mail(smtp, url, 2) for url in events]
    assert pending[0] == pending[1]
    assert "L'événement est complet" in pending[0]
    states = []
    for url in events:
        secret = confirm_link(
            [m for m in smtp.to(ATTACKER) if url in m.get_content()][0]
        ).group(2)
        states.append(confirm(url, secret).json())
    assert states == [{"state": "waitlisted"}] * 2
    assert visible(known_url) == visible(fresh_url)

    # The hold of the probe ends when a new address's would, in both events.
    clock.forward(hours=47)
    assert visible(known_url) == visible(fresh_url)
    assert visible(known_url)["status"]["places_left"] == 0
    clock.forward(hours=2)
    assert visible(known_url) == visible(fresh_url)
    for url in events:
        # The next decision gives the place to the attacker, waiting first.
        assert register(url, person(8)).status_code == 202
    promoted = mails_to(smtp, ATTACKER, 6)
    assert sum("Une place se libère" in m["Subject"] for m in promoted) == 2
    assert visible(known_url) == visible(fresh_url)


def test_the_organisers_see_the_places_held_for_repeats(clients, events, smtp):
    url = events[0]
    register_confirmed(url, person(1), smtp)
    assert register(url, person(1)).status_code == 202
    data = client(admin=True).get(f"{url}/@registrations").json()
    assert (data["confirmed"], data["pending"], data["held"]) == (1, 0, 0)
    assert (data["held_for_repeats"], data["places_left"]) == (1, 0)
    assert data["items_total"] == 1
