"""A coordinator answers an access or erasure request: find, export, erase, and the log."""

from tests.content.personaldata.people import EMAIL
from tests.content.personaldata.people import FULLNAME
from tests.content.personaldata.people import LOCATION
from tests.content.personaldata.people import log_of
from tests.content.personaldata.people import make_person
from tests.fixtures.http import client

import pytest
import re


def authenticator(html: str) -> str:
    return re.search(r'name="_authenticator" value="([^"]+)"', html).group(1)


def account_exists(clients) -> bool:
    found = clients["admin"].get("@users", params={"search": EMAIL}).json()
    return any(user["email"] == EMAIL for user in found["items"])


def test_search_finds_the_account_by_any_case_of_the_address(functional, clients):
    userid = make_person(functional["portal"])
    response = clients["claire"].get("@personal-data", params={"email": EMAIL.upper()})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["userid"] == userid
    [item] = data["stores"]["users"]["items"]
    assert item["title"] == FULLNAME
    assert item["summary"] == f"Compte {EMAIL}"
    assert data["items_total"] >= 1


def test_search_for_an_unknown_address_finds_nothing(clients):
    response = clients["claire"].get(
        "@personal-data", params={"email": "personne@example.org"}
    )
    assert response.status_code == 200
    assert response.json()["items_total"] == 0


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "Saisissez l'adresse électronique de la personne."),
        ({"email": "  "}, "Saisissez l'adresse électronique de la personne."),
        ({"email": "pas-une-adresse"}, "Cette adresse électronique n'est pas valide."),
        (
            {"email": "a" * 250 + "@example.org"},
            "Cette adresse électronique n'est pas valide.",
        ),
        (
            {"email": ["a@example.org", "b@example.org"]},
            "Le paramètre « email » n'accepte qu'une seule valeur.",
        ),
    ],
)
@pytest.mark.parametrize("endpoint", ["@personal-data", "@personal-data-export"])
def test_a_bad_address_is_refused_naming_the_field(clients, endpoint, params, message):
    response = clients["claire"].get(endpoint, params=params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "email"
    assert error["message"] == message
    # A refused request is not an access: nothing logged.
    assert log_of(clients) == []


def test_export_gives_every_store_with_its_purpose(functional, clients):
    make_person(functional["portal"])
    response = clients["claire"].get("@personal-data-export", params={"email": EMAIL})
    assert response.status_code == 200, response.text
    users = response.json()["stores"]["users"]
    assert users["legal_basis"].startswith("Contrat")
    [account] = users["records"]
    assert account["profile"]["fullname"] == FULLNAME
    assert account["profile"]["location"] == LOCATION
    [entry] = log_of(clients)
    assert entry["action"] == "export"
    assert entry["actor"] == "claire@example.org"
    assert entry["email"] == EMAIL
    assert entry["counts"]["users"] == 1


def test_erase_deletes_the_account_and_answers_counts(functional, clients):
    make_person(functional["portal"])
    response = clients["claire"].post(
        "@personal-data-erase",
        json={"email": EMAIL, "reason": "Demande reçue par courrier le 3 mars"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["erased"]["users"] == 1
    assert not account_exists(clients)
    assert client(login=EMAIL).get("@my-data").status_code == 401
    again = clients["claire"].get("@personal-data", params={"email": EMAIL}).json()
    assert again["stores"]["users"]["items"] == []
    erase = next(e for e in log_of(clients) if e["action"] == "erase")
    assert erase["reason"] == "Demande reçue par courrier le 3 mars"
    assert erase["counts"]["users"] == 1
    assert erase["stores"] == ["users"]


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"email": EMAIL}, "reason", "Indiquez le motif de l'effacement"),
        ({"email": EMAIL, "reason": "   "}, "reason", "Indiquez le motif"),
        ({"email": EMAIL, "reason": ["a"]}, "reason", "« reason » doit être un texte."),
        ({"email": EMAIL, "reason": "x" * 2001}, "reason", "trop long"),
        ({"reason": "Demande"}, "email", "Saisissez l'adresse électronique"),
        ({"email": "zoe", "reason": "Demande"}, "email", "n'est pas valide"),
        ({"email": {"a": 1}, "reason": "Demande"}, "email", "doit être un texte"),
    ],
)
def test_erase_refuses_a_bad_request_and_erases_nothing(
    functional, clients, body, field, message
):
    make_person(functional["portal"])
    response = clients["claire"].post("@personal-data-erase", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert message in error["message"]
    assert account_exists(clients)
    assert [e for e in log_of(clients) if e["action"] == "erase"] == []


def test_the_page_searches_exports_and_erases_with_a_confirmation(functional, clients):
    make_person(functional["portal"])
    browser = client(login="claire@example.org", json=False)
    page = browser.get("@@personal-data", params={"email": EMAIL})
    assert page.status_code == 200, page.text[:2000]
    assert "Ce que le site conserve au sujet de" in page.text
    assert FULLNAME in page.text
    assert "++api++/@personal-data-export?email=zoe.effacee%40example.org" in page.text
    token = authenticator(page.text)
    form = {
        "email": EMAIL,
        "reason": "Demande par courriel",
        "form.buttons.erase": "1",
        "_authenticator": token,
    }
    # The address typed again must match: a wrong one erases nothing.
    wrong = browser.post(
        "@@personal-data", data={**form, "confirm": "autre@example.org"}
    )
    assert wrong.status_code == 400
    assert "Saisissez à nouveau l'adresse électronique" in wrong.text
    assert account_exists(clients)
    done = browser.post("@@personal-data", data={**form, "confirm": EMAIL.upper()})
    assert done.status_code == 200, done.text[:2000]
    assert "Effacé pour" in done.text
    assert not account_exists(clients)
    # The log's table shows the erasure with its reason.
    assert "Demande par courriel" in done.text


def test_the_page_refuses_an_erasure_without_the_token(functional, clients):
    make_person(functional["portal"])
    browser = client(login="claire@example.org", json=False)
    response = browser.post(
        "@@personal-data",
        data={
            "email": EMAIL,
            "confirm": EMAIL,
            "reason": "Demande",
            "form.buttons.erase": "1",
        },
    )
    assert response.status_code == 403
    assert account_exists(clients)


def test_the_log_cannot_be_written_through_the_web(functional, clients):
    make_person(functional["portal"])
    clients["claire"].get("@personal-data", params={"email": EMAIL})
    before = log_of(clients)
    for method in ("post", "patch", "delete"):
        response = getattr(clients["claire"], method)(
            "@personal-data-log", json={"items": []}
        )
        assert response.status_code in (404, 405), (method, response.status_code)
    assert log_of(clients) == before
