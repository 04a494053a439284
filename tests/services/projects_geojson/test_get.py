"""@projects-geojson: the filtered projects on the map, with an ETag."""

from plone import api
from tests.fixtures.project_data import WORD
from tests.fixtures.project_data import generate
from tests.fixtures.project_data import matches

import pytest
import transaction


@pytest.fixture
def generated(functional, members):
    specs = generate(functional["portal"])
    transaction.commit()
    return specs


def mapped(specs, **filters):
    published = [s for s in specs if s["state"] == "published" and s["position"]]
    return {s["UID"] for s in published if matches(s, filters)}


def test_features_are_the_visible_projects_with_a_position(clients, generated):
    response = clients["anonymous"].get(
        "projets/@projects-geojson", params={"SearchableText": WORD}
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/geo+json")
    data = response.json()
    assert data["type"] == "FeatureCollection"
    assert {f["properties"]["UID"] for f in data["features"]} == mapped(generated)
    feature = data["features"][0]
    assert feature["geometry"]["type"] == "Point"
    spec = next(s for s in generated if s["UID"] == feature["properties"]["UID"])
    latitude, longitude = spec["position"]
    assert feature["geometry"]["coordinates"] == [longitude, latitude]
    assert feature["properties"]["project_kind"] == spec["kind"]
    assert feature["properties"]["carrier_title"] == f"Commune de {WORD}"
    assert feature["properties"]["departments"] == spec["departments"]


def test_filters(clients, generated):
    data = (
        clients["anonymous"]
        .get(
            "@projects-geojson",
            params={
                "SearchableText": WORD,
                "departments": "44,53",
                "project_reproducible": "1",
            },
        )
        .json()
    )
    expected = mapped(generated, departments=["44", "53"], project_reproducible=["1"])
    assert {f["properties"]["UID"] for f in data["features"]} == expected


def test_etag_and_304_then_a_change_gives_a_new_etag(clients, generated, functional):
    first = clients["anonymous"].get("projets/@projects-geojson")
    etag = first.headers["ETag"]
    again = clients["anonymous"].get(
        "projets/@projects-geojson", headers={"If-None-Match": etag}
    )
    assert again.status_code == 304
    filtered = clients["anonymous"].get(
        "projets/@projects-geojson",
        params={"project_kind": "etude"},
        headers={"If-None-Match": etag},
    )
    assert filtered.status_code == 200
    project = api.content.get(UID=generated[1]["UID"])
    project.reindexObject()
    transaction.commit()
    changed = clients["anonymous"].get(
        "projets/@projects-geojson", headers={"If-None-Match": etag}
    )
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_unknown_value_is_a_french_400(clients):
    response = clients["anonymous"].get(
        "@projects-geojson", params={"project_kind": "fusee"}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "project_kind"
    assert "valeur inconnue" in error["message"]
