"""The two styles of the actors' CSV over HTTP: tokens for programs (the REST
default), French for a spreadsheet (``?style=fr``, and ``@@actors.csv``)."""

from datetime import datetime
from tests.content.actors.csv.helpers import FR
from tests.content.actors.csv.helpers import header
from tests.content.actors.csv.helpers import rows
from tests.fixtures.actors import WORD
from zoneinfo import ZoneInfo

import pytest


ANGERS = f"Amis du château d'Angers {WORD}"
TOKENS_HEADER = list(FR)
FRENCH_HEADER = list(FR.values())


def today() -> str:
    return datetime.now(ZoneInfo("Europe/Paris")).date().isoformat()


def csv_get(client, path, **params):
    # A browser's Accept, not JSON: what the directory's button sends.
    return client.get(path, params=params, headers={"Accept": "text/html,*/*"})


class TestRestExport:
    def test_tokens_by_default(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-export", params={"SearchableText": WORD}
        )
        assert response.status_code == 200
        assert header(response) == TOKENS_HEADER
        angers = {r["title"]: r for r in rows(response)}[ANGERS]
        assert angers["department"] == "49"
        assert angers["actor_category"] == "association"
        assert angers["heritage_domains"] == "bati | archives"
        assert (angers["latitude"], angers["longitude"]) == ("47.47", "-0.55")
        assert angers["review_state"] == "published"

    def test_french_style(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-export", params={"SearchableText": WORD, "style": "fr"}
        )
        assert response.status_code == 200
        assert response.content.startswith(b"\xef\xbb\xbf")
        assert header(response) == FRENCH_HEADER
        angers = {r["Titre"]: r for r in rows(response)}[ANGERS]
        assert angers["Département"] == "49 – Maine-et-Loire"
        assert angers["Catégorie"] == "Association"
        assert (
            angers["Domaines patrimoniaux"]
            == "Bâti et architectural | Archives et documentation"
        )
        # Decimal commas, with no formula guard: a French spreadsheet reads numbers.
        assert (angers["Latitude"], angers["Longitude"]) == ("47,47", "-0,55")
        assert angers["Adhérent de Pôle Patrimoine"] == "oui"
        assert angers["Adhérent depuis (année)"] == "2020"
        assert angers["Code postal"] == "49000"
        assert angers["État"] not in ("", "published", "Published")
        forge = {r["Titre"]: r for r in rows(response)}[f"Forge nantaise {WORD}"]
        assert forge["Catégorie"] == "Entreprise du patrimoine"
        assert forge["Adhérent de Pôle Patrimoine"] == "non"

    def test_french_style_with_commas(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-export",
            params={"SearchableText": WORD, "style": "fr", "sep": ","},
        )
        angers = {r["Titre"]: r for r in rows(response, ",")}[ANGERS]
        assert (angers["Latitude"], angers["Longitude"]) == ("47,47", "-0,55")
        assert b'"47,47"' in response.content

    @pytest.mark.parametrize("style", ["french", "FR", ""])
    def test_unknown_style(self, clients, sample, style):
        response = clients["anonymous"].get(
            "acteurs/@actors-export", params={"style": style}
        )
        assert response.status_code == 400
        error = response.json()["error"]
        assert "style" in error["message"]
        assert "attendu" in error["message"]


class TestBrowserExport:
    def test_a_browser_downloads_the_french_spreadsheet(self, clients, sample):
        response = csv_get(clients["anonymous"], "acteurs/@@actors.csv")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/csv")
        assert (
            response.headers["Content-Disposition"]
            == f'attachment; filename="acteurs-{today()}.csv"'
        )
        assert header(response) == FRENCH_HEADER
        assert ANGERS in [r["Titre"] for r in rows(response)]

    def test_the_filters_of_the_page(self, clients, sample):
        response = csv_get(
            clients["anonymous"],
            "acteurs/@@actors.csv",
            department="49",
            SearchableText=WORD,
        )
        assert [r["Titre"] for r in rows(response)] == [ANGERS]

    def test_tokens_on_request(self, clients, sample):
        response = csv_get(
            clients["anonymous"], "acteurs/@@actors.csv", style="tokens", sep=","
        )
        assert header(response, ",") == TOKENS_HEADER

    def test_the_directory_button_links_to_it_with_the_filters(self, clients, sample):
        page = csv_get(clients["anonymous"], "acteurs", department="49")
        assert page.status_code == 200
        assert "/acteurs/@@actors.csv?department=49" in page.text

    @pytest.mark.parametrize(
        ("params", "message"),
        [
            (
                {"department": "99"},
                "Département (department) : valeur inconnue « 99 »",
            ),
            ({"sep": "|"}, "sep : « ; » ou « , » attendu."),
            ({"style": "xls"}, "style : « tokens » ou « fr » attendu."),
        ],
    )
    def test_bad_parameter_in_french(self, clients, sample, params, message):
        response = csv_get(clients["anonymous"], "acteurs/@@actors.csv", **params)
        assert response.status_code == 400
        assert response.headers["Content-Type"].startswith("text/plain")
        assert message in response.text
        assert "Content-Disposition" not in response.headers
