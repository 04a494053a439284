"""@actors-export: the directory as CSV."""

from tests.fixtures.actors import WORD

import csv
import io


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
