"""@actors-export neutralises spreadsheet formulas, and @actors-import reads them back."""

from tests.fixtures.actors import make_actor

import csv
import io
import pytest
import transaction


WORD = "Formulon"
TITLE = f'=HYPERLINK("http://evil.example";"clic") {WORD}'
DESCRIPTION = "@SUM(1+1) pour voir"


@pytest.fixture
def trap(functional, members):
    make_actor(
        functional["portal"],
        title=TITLE,
        description=DESCRIPTION,
        phone="+33 2 40 12 34 56",
        position=(47.2184, -1.5536),
    )
    transaction.commit()


def export(client):
    response = client.get("acteurs/@actors-export", params={"SearchableText": WORD})
    assert response.status_code == 200
    return response.content


def test_formulas_are_neutralised_and_coordinates_kept(clients, trap):
    data = export(clients["anonymous"])
    assert data.startswith(b"\xef\xbb\xbf")
    [row] = csv.DictReader(io.StringIO(data.decode("utf-8")[1:]), delimiter=";")
    assert row["title"] == "'" + TITLE
    assert row["description"] == "'" + DESCRIPTION
    assert row["phone"] == "'+33 2 40 12 34 56"
    assert row["latitude"] == "47.2184"
    assert row["longitude"] == "-1.5536"


def test_export_then_import_changes_nothing(clients, trap):
    before = export(clients["claire"])
    response = clients["claire"].post(
        "acteurs/@actors-import",
        data=before,
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    assert response.json() == {"created": 0, "updated": 1, "errors": []}
    assert export(clients["claire"]) == before
    found = clients["claire"].get("@search", params={"SearchableText": WORD})
    [item] = found.json()["items"]
    assert item["title"] == TITLE
    assert item["description"] == DESCRIPTION
