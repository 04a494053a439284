"""Behavior ``polepatrimoine.welcomes_young``: a facet of the directory, its map,
its CSV and its REST, counted against the actors made here."""

from tests.fixtures.actors import make_actor
from tests.fixtures.http import client
from tests.services.actors_import.helpers import post_csv

import csv
import io
import pytest
import transaction


WORD = "Gabarrier"


@pytest.fixture
def young(functional, members):
    portal = functional["portal"]
    make_actor(
        portal, title=f"Atelier {WORD} un", welcomes_young=["stages", "alternance"]
    )
    make_actor(
        portal,
        title=f"Chantier {WORD} deux",
        department="49",
        zip_code="49000",
        city="Angers",
        welcomes_young=["chantiers", "stages"],
        position=(47.47, -0.55),
    )
    make_actor(portal, title=f"Musée {WORD} trois")
    make_actor(
        portal, title=f"Proposition {WORD}", state="pending", welcomes_young=["stages"]
    )
    transaction.commit()
    return portal


def test_the_facet_counts_each_value(clients, young):
    data = (
        clients["anonymous"]
        .get("acteurs/@actors-facets", params={"SearchableText": WORD})
        .json()
    )
    assert data["total"] == 3
    # The pending proposal is not counted for a visitor.
    assert data["facets"]["welcomes_young"] == {
        "stages": 2,
        "alternance": 1,
        "chantiers": 1,
    }
    filtered = (
        clients["anonymous"]
        .get(
            "acteurs/@actors-facets",
            params={"SearchableText": WORD, "welcomes_young": "chantiers"},
        )
        .json()
    )
    assert filtered["total"] == 1
    # Its own selection left out: the other values still count.
    assert filtered["facets"]["welcomes_young"]["stages"] == 2
    assert filtered["facets"]["department"] == {
        "44": 0,
        "49": 1,
        "53": 0,
        "72": 0,
        "85": 0,
    }


def test_several_values_are_or(clients, young):
    data = (
        clients["anonymous"]
        .get(
            "acteurs/@actors-geojson",
            params={"SearchableText": WORD, "welcomes_young": "alternance,chantiers"},
        )
        .json()
    )
    assert sorted(f["properties"]["title"] for f in data["features"]) == [
        f"Atelier {WORD} un",
        f"Chantier {WORD} deux",
    ]


def test_unknown_value_is_a_french_400(clients, young):
    response = clients["anonymous"].get(
        "acteurs/@actors-facets", params={"welcomes_young": "colonie"}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "welcomes_young"
    assert "valeur inconnue" in error["message"]


def test_the_directory_page_shows_the_facet(clients, young):
    page = client(json=False).get(
        "acteurs", params={"SearchableText": WORD, "welcomes_young": "stages"}
    )
    assert page.status_code == 200
    assert "Accueille des jeunes" in page.text
    assert f"Atelier {WORD} un" in page.text
    assert f"Musée {WORD} trois" not in page.text


def test_rest_reads_and_writes_the_field(clients, young):
    url = f"{young.absolute_url()}/acteurs/musee-{WORD.lower()}-trois"
    assert clients["anonymous"].get(url).json()["welcomes_young"] == []
    response = clients["admin"].patch(url, json={"welcomes_young": ["alternance"]})
    assert response.status_code == 204, response.text
    wrong = clients["admin"].patch(url, json={"welcomes_young": ["colonie"]})
    assert wrong.status_code == 400
    assert "welcomes_young" in wrong.text
    read = clients["anonymous"].get(url).json()["welcomes_young"]
    assert [item["token"] for item in read] == ["alternance"]
    data = (
        clients["anonymous"]
        .get(
            "acteurs/@actors-facets",
            params={"SearchableText": WORD, "welcomes_young": "alternance"},
        )
        .json()
    )
    assert data["total"] == 2


def test_csv_export_then_import(clients, young):
    exported = clients["claire"].get(
        "acteurs/@actors-export", params={"SearchableText": WORD}
    )
    assert exported.status_code == 200
    rows = list(
        csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig")), delimiter=";")
    )
    by_title = {row["title"]: row for row in rows}
    assert by_title[f"Atelier {WORD} un"]["welcomes_young"] == "stages | alternance"
    assert by_title[f"Musée {WORD} trois"]["welcomes_young"] == ""
    data = (
        "title;actor_category;department;zip_code;city;Accueil jeunes\r\n"
        f"Forge {WORD} importée;entreprise;72;72000;Le Mans;Chantiers | stages\r\n"
    )
    response = post_csv(clients["claire"], data.encode("utf-8"))
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 1
    bad = post_csv(
        clients["claire"],
        data.replace("Chantiers", "Colonies").replace("importée", "refusée").encode(),
    )
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "welcomes_young"
    found = {
        title: brain
        for title, brain in _brains(young).items()
        if title.startswith("Forge")
    }
    assert list(found) == [f"Forge {WORD} importée"]
    assert found[f"Forge {WORD} importée"].welcomes_young == ["chantiers", "stages"]


def _brains(portal):
    from plone import api

    transaction.abort()
    portal._p_jar.sync()
    return {
        b.Title: b
        for b in api.content.find(
            portal_type="Actor", SearchableText=WORD, unrestricted=True
        )
    }
