"""@search, @actors-geojson, @actors-facets and @actors-export: filters, formats, 304."""

from tests.fixtures.actors import make_actor

import csv
import io
import pytest
import transaction


# Every sample actor's title carries it: the demo site has its own actors.
WORD = "Quillon"


@pytest.fixture
def sample(functional, members):
    portal = functional["portal"]
    make_actor(
        portal,
        title="Forge nantaise Quillon",
        actor_category="entreprise",
        position=(47.21, -1.55),
    )
    make_actor(
        portal,
        title="Amis du château d'Angers Quillon",
        department="49",
        zip_code="49000",
        city="Angers",
        heritage_domains=["bati", "archives"],
        is_member=True,
        member_since=2020,
        position=(47.47, -0.55),
    )
    make_actor(portal, title="Association sans carte Quillon", position=None)
    transaction.commit()
    return portal


def titles(features):
    return sorted(f["properties"]["title"] for f in features)


class TestSearch:
    def test_new_indexes(self, clients, sample):
        response = clients["anonymous"].get(
            "@search",
            params={
                "portal_type": "Actor",
                "department": "49",
                "actor_category": "association",
                "SearchableText": WORD,
            },
        )
        assert response.status_code == 200
        assert [i["title"] for i in response.json()["items"]] == [
            "Amis du château d'Angers Quillon"
        ]

    def test_metadata_fields(self, clients, sample):
        response = clients["anonymous"].get(
            "@search",
            params={
                "portal_type": "Actor",
                "is_member": True,
                "metadata_fields": ["city", "latitude", "longitude"],
            },
        )
        items = [
            i
            for i in response.json()["items"]
            if i["title"] == "Amis du château d'Angers Quillon"
        ]
        assert items[0]["city"] == "Angers"
        assert items[0]["latitude"] == 47.47


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


class TestFacets:
    def test_counts(self, clients, sample):
        data = (
            clients["anonymous"]
            .get("acteurs/@actors-facets", params={"SearchableText": WORD})
            .json()
        )
        assert data["total"] == 3
        assert data["facets"]["department"]["44"] == 2
        assert data["facets"]["department"]["49"] == 1
        assert data["facets"]["heritage_domains"]["bati"] == 3
        assert data["facets"]["heritage_domains"]["archives"] == 1
        assert data["facets"]["is_member"]["1"] == 1

    def test_a_facet_keeps_counting_its_other_values(self, clients, sample):
        data = (
            clients["anonymous"]
            .get(
                "acteurs/@actors-facets",
                params={"department": "49", "SearchableText": WORD},
            )
            .json()
        )
        assert data["total"] == 1
        assert data["facets"]["department"]["44"] == 2
        assert data["facets"]["actor_category"]["entreprise"] == 0


class TestExport:
    def rows(self, response, separator=";"):
        text = response.content.decode("utf-8")
        assert text.startswith("\ufeff")
        return list(csv.DictReader(io.StringIO(text[1:]), delimiter=separator))

    def test_csv_for_a_french_excel(self, clients, sample):
        response = clients["anonymous"].get("acteurs/@actors-export")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/csv")
        assert "attachment" in response.headers["Content-Disposition"]
        rows = {r["title"]: r for r in self.rows(response)}
        angers = rows["Amis du château d'Angers Quillon"]
        assert angers["heritage_domains"] == "bati | archives"
        assert angers["latitude"] == "47.47"
        assert angers["is_member"] == "oui"
        assert angers["member_since"] == "2020"
        assert rows["Association sans carte Quillon"]["latitude"] == ""

    def test_comma(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-export", params={"sep": ","}
        )
        rows = self.rows(response, ",")
        assert "Forge nantaise Quillon" in [r["title"] for r in rows]

    def test_filters(self, clients, sample):
        response = clients["anonymous"].get(
            "acteurs/@actors-export",
            params={"department": "49", "SearchableText": WORD},
        )
        assert [r["title"] for r in self.rows(response)] == [
            f"Amis du château d'Angers {WORD}"
        ]
