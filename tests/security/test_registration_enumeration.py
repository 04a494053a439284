"""The registration form does not tell a visitor whether an address is registered:
the same answer for a new and a registered address, nothing written, and the
person registered is reminded instead (not more than once an hour)."""

from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from tests.services.registrations.helpers import register_confirmed

import pytest
import re
import time


def result_text(page: str) -> str:
    """The result block of the registration page, without its markup."""
    block = re.search(r'class="alert[^"]*registration-result.*?</div>', page, re.S)
    return " ".join(re.sub("<[^>]+>", " ", block.group(0)).split())


def registered(kind, url, smtp, clients) -> str:
    """The address of a registration of that kind, made as its owner would."""
    if kind == "confirmed":
        register_confirmed(url, person(1), smtp)
        return "personne1@exemple.fr"
    if kind == "pending":
        register(url, person(1))
        mails_to(smtp, "personne1@exemple.fr")
        return "personne1@exemple.fr"
    clients["alice"].post(
        f"{url}/@registrations", json={"fullname": "Alice", "consent": True}
    )
    mails_to(smtp, "alice@example.org")
    return "alice@example.org"


@pytest.mark.parametrize("kind", ["confirmed", "pending", "member"])
@pytest.mark.parametrize("spelling", [str, str.upper, lambda a: f"  {a} "])
def test_rest_answers_the_same_for_a_registered_address(
    clients, event_url, smtp, kind, spelling
):
    address = registered(kind, event_url, smtp, clients)
    before = stored(event_url)
    smtp.clear()
    probe = {"fullname": "Curieux", "email": spelling(address), "structure": "X"}
    known = register(event_url, probe)
    fresh = register(event_url, {**probe, "email": "inconnue@exemple.fr"})
    assert known.status_code == fresh.status_code == 202
    assert known.json() == fresh.json()
    assert "déjà" not in known.text
    after = stored(event_url)
    assert after[: len(before)] == before
    assert [item["email"] for item in after[len(before) :]] == ["inconnue@exemple.fr"]
    mails_to(smtp, "inconnue@exemple.fr")
    (reminder,) = mails_to(smtp, address)
    body = reminder.get_content()
    assert "Curieux" not in body
    assert "X" not in body.split()
    if kind == "pending":
        # The owner gets their own confirmation link again, unchanged.
        assert reminder["Subject"].startswith("Confirmez votre inscription")
        assert confirm_link(reminder)
    else:
        assert reminder["Subject"].startswith("Votre inscription :")
        assert "Cette adresse est déjà inscrite : rien n'a changé." in body
        assert cancel_link(reminder)


def test_classic_ui_answers_the_same_for_a_registered_address(clients, event_url, smtp):
    address = registered("confirmed", event_url, smtp, clients)
    before = stored(event_url)
    known = form_register(event_url, {"fullname": "Curieux", "email": address})
    fresh = form_register(
        event_url, {"fullname": "Curieux", "email": "inconnue@exemple.fr"}
    )
    assert known.status_code == fresh.status_code == 200
    assert result_text(known.text) == result_text(fresh.text)
    assert "Si cette adresse électronique n'est pas encore inscrite" in result_text(
        known.text
    )
    assert "déjà inscrite" not in known.text
    assert stored(event_url)[: len(before)] == before


def test_a_registered_person_is_reminded_once_an_hour_at_most(clients, event_url, smtp):
    address = registered("confirmed", event_url, smtp, clients)
    smtp.clear()
    for _n in range(3):
        assert register(event_url, person(9, email=address)).status_code == 202
    mails_to(smtp, address)
    time.sleep(1)
    assert len(smtp.to(address)) == 1


def test_status_and_pages_tell_no_visitor_who_is_registered(clients, event_url, smtp):
    registered("confirmed", event_url, smtp, clients)
    for path in ("", "/@registration-status", "/@@meeting-registration"):
        response = client(json=not path.startswith("/@@") and path != "").get(
            f"{event_url}{path}"
        )
        assert "personne1" not in response.text
        assert "Personne 1" not in response.text
