"""@actors-geojson: the map's features, filters and ETag."""

from tests.fixtures.actors import WORD
from tests.fixtures.actors import make_actor
from tests.fixtures.actors import titles

import transaction


class TestGeoJSON:
    def test_feature_collection(self, clients, sample):
        response = clients["anonymous"].get("@actors-geojson")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("application/geo+json")
        data = response.json()
        assert data["type"] == "FeatureCollection"
        forge = next(
            f
            for f in data["features"]
            if f["properties"]["title"] == "Forge nantaise Quillon"
        )
        assert forge["geometry"] == {"type": "Point", "coordinates": [-1.55, 47.21]}
        assert set(forge["properties"]) >= {
            "title",
            "url",
            "UID",
            "actor_category",
            "department",
            "city",
            "is_member",
        }
        assert forge["properties"]["actor_category"] == "entreprise"
        assert "Association sans carte Quillon" not in titles(data["features"])

    def test_also_on_the_directory_with_filters(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-geojson",
            params={"department": "49", "SearchableText": f"château {WORD}"},
        )
        assert titles(response.json()["features"]) == [
            "Amis du château d'Angers Quillon"
        ]

    def test_filter_members(self, clients, sample):
        features = (
            clients["anonymous"]
            .get("@actors-geojson", params={"is_member": "1", "SearchableText": WORD})
            .json()["features"]
        )
        assert titles(features) == ["Amis du château d'Angers Quillon"]

    def test_unknown_filter_value(self, clients, sample):
        response = clients["anonymous"].get(
            "@actors-geojson", params={"department": "75"}
        )
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "department"

    def test_filter_errors_are_in_french(self, clients, sample):
        response = clients["anonymous"].get(
            "@actors-geojson", params={"department": "75", "is_member": "peut-etre"}
        )
        assert response.json()["error"]["message"] == (
            "Département (department) : valeur inconnue « 75 » "
            "(valeurs possibles : 44, 49, 53, 72, 85)."
        )
        directory = clients["anonymous"].get(
            "acteurs",
            params={"is_member": "peut-etre"},
            headers={"Accept": "text/html"},
        )
        assert (
            "Adhérents uniquement (is_member) : 1 ou 0 attendu, et non « peut-etre »."
            in directory.text
        )

    def test_etag_answers_304(self, clients, sample, functional):
        first = clients["anonymous"].get(
            "@actors-geojson", params={"SearchableText": WORD}
        )
        etag = first.headers["ETag"]
        again = clients["anonymous"].get(
            "@actors-geojson",
            params={"SearchableText": WORD},
            headers={"If-None-Match": etag},
        )
        assert again.status_code == 304
        assert again.content == b""
        # Another filter, another user, or a change: a fresh answer.
        other = clients["anonymous"].get(
            "@actors-geojson",
            params={"SearchableText": WORD, "department": "44"},
            headers={"If-None-Match": etag},
        )
        assert other.status_code == 200
        make_actor(functional["portal"], title=f"Nouvel acteur {WORD}")
        transaction.commit()
        changed = clients["anonymous"].get(
            "@actors-geojson",
            params={"SearchableText": WORD},
            headers={"If-None-Match": etag},
        )
        assert changed.status_code == 200
        assert f"Nouvel acteur {WORD}" in titles(changed.json()["features"])
