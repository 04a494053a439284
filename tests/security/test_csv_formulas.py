"""A member's proposed actor cannot put a formula into a coordinator's spreadsheet."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register

import csv
import io
import pytest


WORD = "Tablon"

# Each is what a spreadsheet could run: after spaces, tabs or line breaks, in
# full-width form, DDE and the older syntaxes.
FORMULAS = [
    '=HYPERLINK("http://evil.example";"clic")',
    " =1+1",
    "\t=1+1",
    "\n=cmd|' /C calc'!A0",
    "\r\n@SUM(1+1)",
    "＝1+1",
    "＋33 2 40",
    "﹦1+1",
    "\u00a0=1+1",
    "\u200b=1+1",
    "=cmd|' /C calc'!A0",
    "|cmd",
    "%0A=1",
    "-2+3",
    "'=1+1",
]


def rows_of(data: bytes, sep: str = ";") -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")[1:]
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=sep))


def exported(client_, sep=";") -> bytes:
    response = client_.get(
        "acteurs/@actors-export", params={"SearchableText": WORD, "sep": sep}
    )
    assert response.status_code == 200
    return response.content


def neutral(cell: str) -> bool:
    """What a spreadsheet shows as text: a leading ``'``, or nothing to run."""
    return cell.startswith("'")


@pytest.mark.parametrize("formula", FORMULAS)
def test_proposed_actor_is_exported_as_text_and_reimports_unchanged(clients, formula):
    alice, claire = clients["alice"], clients["claire"]
    # Title and city are stripped by the REST deserializer and refuse line
    # breaks; the description keeps what was typed, line breaks included.
    line = formula.replace("\r", "").replace("\n", "")
    response = alice.post(
        "acteurs",
        json={
            "@type": "Actor",
            "title": f"{line} {WORD}",
            "description": formula,
            "actor_category": "association",
            "department": "44",
            "zip_code": "44000",
            "city": f"{line} Nantes",
            "street": f"{line} rue",
        },
    )
    assert response.status_code == 201, response.text
    stored = claire.get(response.json()["@id"]).json()

    for sep in (";", ","):
        [row] = rows_of(exported(claire, sep), sep)
        for field in ("title", "description", "city", "street"):
            assert neutral(row[field]), (field, row[field])
            assert row[field][1:] == stored[field]

    before = exported(claire)
    imported = claire.post(
        "acteurs/@actors-import",
        data=before,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    assert imported.json() == {"created": 0, "updated": 1, "errors": []}
    after = claire.get(response.json()["@id"]).json()
    for field in ("title", "city", "street"):
        assert after[field] == stored[field]
    # The import strips each cell, as it always did.
    assert after["description"] == stored["description"].strip()


def test_plain_values_and_numbers_are_untouched(clients):
    response = clients["alice"].post(
        "acteurs",
        json={
            "@type": "Actor",
            "title": f"Atelier {WORD}",
            "description": "Un atelier = une équipe",
            "actor_category": "association",
            "department": "44",
            "zip_code": "44000",
            "city": "Nantes",
            "geolocation": {"latitude": 47.2184, "longitude": -1.5536},
        },
    )
    assert response.status_code == 201
    [row] = rows_of(exported(clients["claire"]))
    assert row["title"] == f"Atelier {WORD}"
    assert row["description"] == "Un atelier = une équipe"
    assert row["longitude"] == "-1.5536"


@pytest.fixture
def event_url(functional):
    return make_event(functional["portal"]["agenda"], capacity=5).absolute_url()


def test_registrations_export_guards_the_same_way(event_url, smtp):
    for number, name in enumerate((" =1+1", "\n=cmd|' /C calc'!A0", "＝1+1"), 1):
        register(event_url, person(number, fullname=name))
    response = client(admin=True).get(f"{event_url}/@registrations-export")
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    assert all(neutral(row[0]) for row in rows[1:])
    assert len(rows) == 4
