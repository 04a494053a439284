"""@search of actors: the directory's indexes and metadata."""

from tests.fixtures.actors import WORD


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
