"""Bad input to the directory answers a French 400 and writes nothing: unbalanced
search text, bad paging and filters, unreadable or oversized CSV uploads."""

from tests.security.bad_input_helpers import refused
from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import body as csv_body

import pytest


# --- the directory: search text, paging, filters ---

SEARCHES = ["(", '"', "NOT", "a AND", "a OR (b", "))", "*"]
DIRECTORY = [
    "acteurs/@actors-geojson",
    "acteurs/@actors-facets",
    "acteurs/@actors-export",
]


@pytest.mark.parametrize("endpoint", DIRECTORY + ["@actors-geojson"])
@pytest.mark.parametrize("text", SEARCHES)
def test_unbalanced_search_text_is_refused(clients, endpoint, text):
    response = clients["anonymous"].get(endpoint, params={"SearchableText": text})
    error = refused(response, "Le texte recherché n'est pas compris")
    assert error["field"] == "SearchableText"


@pytest.mark.parametrize("endpoint", DIRECTORY)
@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"SearchableText": ["a", "b"]}, "n'accepte qu'une seule valeur"),
        ({"SearchableText": "a\0b"}, "caractère nul"),
        ({"SearchableText": "x" * 501}, "trop long"),
        ({"department": "44\0"}, "valeur inconnue"),
    ],
    ids=["two texts", "NUL", "too long", "NUL in a filter"],
)
def test_bad_directory_parameters_are_refused(clients, endpoint, params, fragment):
    response = clients["anonymous"].get(endpoint, params=params)
    refused(response, fragment)


@pytest.mark.parametrize(
    "params",
    [
        {"b_start": "abc"},
        {"b_start": "-50"},
        {"b_start": ["0", "50"]},
        {"SearchableText": "("},
        {"SearchableText": ["a", "b"]},
    ],
    ids=["b_start=abc", "b_start<0", "two b_start", "unbalanced", "two texts"],
)
def test_directory_page_answers_400_in_french(clients, params):
    response = clients["anonymous"].get(
        "acteurs", params=params, headers={"Accept": "text/html"}
    )
    assert response.status_code == 400
    assert any(
        text in response.text
        for text in (
            "doit être un nombre entier",
            "n'est pas compris",
            "une seule valeur",
        )
    )


# --- CSV uploads ---


def imported(clients):
    response = clients["anonymous"].get(
        "acteurs/@actors-facets", params={"SearchableText": WORD}
    )
    return response.json()["total"]


ROW = f"Atelier {WORD};association;bati;44;44000;Nantes;;;"
CSV_FILES = {
    "Windows-1252 bytes no code page has": (
        csv_body(ROW).encode("cp1252") + b"\x81\x8d\x8f\x90\x9d;\r\n",
        "n'est pas un texte CSV",
    ),
    "a PNG image": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
        "n'est pas un texte CSV",
    ),
    "UTF-16": (csv_body(ROW).encode("utf-16"), "n'est pas un texte CSV"),
    "a cell of 6,000 characters": (
        csv_body(
            ROW.replace(f"Atelier {WORD}", f"Atelier {WORD} " + "x" * 6000)
        ).encode(),
        "Cette cellule est trop longue (5000 caractères au plus)",
    ),
    "a cell beyond the csv module's limit": (
        csv_body(ROW.replace(f"Atelier {WORD}", '"' + "x" * 200_000)).encode(),
        "ne peut pas être lue comme du CSV",
    ),
    "a file of 21 MB": (
        csv_body(ROW).encode() + (b"x;" * 50 + b"\r\n") * 206_000,
        "Le fichier est trop volumineux (20 Mo au plus)",
    ),
}


@pytest.mark.parametrize("how", ["text/csv", "multipart"])
@pytest.mark.parametrize("bad", list(CSV_FILES))
def test_unreadable_csv_files_are_refused(clients, how, bad):
    data, fragment = CSV_FILES[bad]
    if how == "multipart":
        response = clients["claire"].post(
            "acteurs/@actors-import", files={"file": ("acteurs.csv", data, "text/csv")}
        )
    else:
        response = clients["claire"].post(
            "acteurs/@actors-import", data=data, headers={"Content-Type": "text/csv"}
        )
    assert response.status_code == 400, response.text[:500]
    result = response.json()
    assert result["created"] == 0
    assert any(fragment in e["message"] for e in result["errors"]), result
    assert imported(clients) == 0
