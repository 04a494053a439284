"""What a visitor types never reads as the site's own words in its e-mails, and
every registration field has a maximum length, refused in French by name."""

from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import register

import pytest
import time


NAMES = [
    "Gagnez 1000 € sur http://arnaque.example/gain",
    "Jean\r\nBcc: tous@exemple.fr\r\n\r\nVotre compte sera fermé demain",
    "Service client : votre mot de passe a expiré, appelez le 08 99 00 00 00",
    "<a href='https://arnaque.example'>Pôle Patrimoine</a>",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_unconfirmed_mail_carries_nothing_the_visitor_typed(event_url, smtp, name):
    data = {"fullname": name, "email": "victime@exemple.fr", "structure": name}
    assert register(event_url, data).status_code == 202
    (message,) = mails_to(smtp, "victime@exemple.fr")
    assert message["Subject"] == (
        "Confirmez votre inscription : Rencontre des acteurs du patrimoine"
    )
    assert message["Bcc"] is None
    body = message.get_content()
    assert body.startswith("Bonjour,\n")
    for word in ("arnaque", "Gagnez", "Bcc", "tous@", "fermé", "08 99", "href"):
        assert word not in body
        assert word not in message["Subject"]


@pytest.mark.parametrize("name", NAMES)
def test_a_confirmed_mail_quotes_the_name_on_one_line_of_data(event_url, smtp, name):
    register(event_url, {"fullname": name, "email": "moi@exemple.fr"})
    secret = confirm_link(mails_to(smtp, "moi@exemple.fr")[0]).group(2)
    assert confirm(event_url, secret).status_code == 200
    message = mails_to(smtp, "moi@exemple.fr", 2)[1]
    assert message["Subject"] == (
        "Inscription confirmée : Rencontre des acteurs du patrimoine"
    )
    lines = message.get_content().splitlines()
    assert lines[0] == "Bonjour,"
    one_line = " ".join(name.split())
    quoted = [line for line in lines if one_line in line]
    assert quoted == [f"Nom indiqué à l'inscription : « {one_line} »"]
    assert not any(line.startswith("Bcc") for line in lines)


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("fullname", 200, "Nom et prénom"),
        ("structure", 200, "Structure"),
        ("email", 254, "Adresse électronique"),
    ],
)
@pytest.mark.parametrize("channel", ["rest", "form"])
def test_too_long_fields_are_refused_by_name(
    event_url, smtp, field, limit, label, channel
):
    data = {"fullname": "Jean Martin", "email": "jean@exemple.fr", "structure": ""}
    domain = "@exemple.fr"
    data[field] = (
        "x" * (limit + 1 - len(domain)) + domain
        if field == "email"
        else "a" * (limit + 1)
    )
    assert len(data[field]) == limit + 1
    message = f"{label} : ce champ est trop long ({limit} caractères au plus)."
    if channel == "rest":
        response = register(event_url, data)
        assert response.status_code == 400
        error = response.json()["error"]
        assert (error["field"], error["message"]) == (field, message)
    else:
        response = form_register(event_url, data)
        assert message in response.text
        assert "registration-result" not in response.text
    assert stored(event_url) == []
    time.sleep(0.5)
    assert smtp.messages == []


def test_a_name_at_its_limit_is_accepted(event_url, smtp):
    data = {"fullname": "a" * 200, "email": "jean@exemple.fr", "structure": "b" * 200}
    assert register(event_url, data).status_code == 202
    assert len(stored(event_url)) == 1


def test_a_huge_body_is_refused_without_a_trace(event_url, smtp):
    data = {"fullname": "J" * 1_000_000, "email": "jean@exemple.fr"}
    response = client().post(f"{event_url}/@registrations", json=data)
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "fullname"
    assert stored(event_url) == []
