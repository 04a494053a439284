"""@actors-facets: counts per filter value."""

from tests.fixtures.actors import WORD


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
