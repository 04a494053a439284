"""@applications, @applications-export, @my-applications and @review: who reads what."""

from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import JURY_ONLY
from tests.services.calls_http import as_user
from tests.services.calls_http import get

import pytest
import transaction


class TestReviewEndpoints:
    @pytest.fixture
    def apps(self, world):
        first = move_to(
            make_application(world.call, "applicant", "candidature-1"), "submitted"
        )
        second = make_application(
            world.call, "other", "candidature-2", structure_name="Autre structure"
        )
        first.score_relevance = 4
        transaction.commit()
        return first, second

    @pytest.mark.parametrize(("user", "status"), JURY_ONLY)
    def test_applications(self, world, apps, user, status):
        response = get(f"{world.call.absolute_url()}/@applications", user)
        assert response.status_code == status
        if status == 200:
            data = response.json()
            assert data["counts"]["submitted"] == 1
            assert data["counts"]["draft"] == 1
            rows = {row["structure_name"]: row for row in data["items"]}
            assert rows["Atelier du patrimoine"]["scores"]["relevance"] == 4
            assert rows["Atelier du patrimoine"]["department"] == "44"
            assert rows["Atelier du patrimoine"]["submitted_on"]

    @pytest.mark.parametrize(("user", "status"), JURY_ONLY)
    def test_export(self, world, apps, user, status):
        response = as_user(user).get(
            f"{world.call.absolute_url()}/@applications-export"
        )
        assert response.status_code == status
        if status == 200:
            assert response.headers["Content-Type"].startswith("text/csv")
            text = response.content.decode("utf-8-sig")
            assert "Atelier du patrimoine" in text
            assert "73282932000074" in text
            assert "Note totale" in text.splitlines()[0]

    @pytest.mark.parametrize("user", ["other", "juror2", "anonymous"])
    def test_others_cannot_read_an_application(self, world, apps, user):
        first, _second = apps
        assert get(first.absolute_url(), user).status_code in (401, 403)
        found = get(
            f"{world.portal.absolute_url()}/@search", user, SearchableText="Atelier"
        )
        assert first.absolute_url() not in [i["@id"] for i in found.json()["items"]]
        listing = get(world.call.absolute_url(), user).json()["items"]
        assert first.absolute_url() not in [i["@id"] for i in listing]

    def test_my_applications(self, world, apps):
        data = get(
            f"{world.portal.absolute_url()}/@my-applications", "applicant"
        ).json()
        assert [(i["structure_name"], i["review_state"]) for i in data["items"]] == [
            ("Atelier du patrimoine", "submitted")
        ]
        assert data["items"][0]["call"]["title"] == "Appel appel-test"
        other = get(f"{world.portal.absolute_url()}/@my-applications", "other").json()
        assert [i["structure_name"] for i in other["items"]] == ["Autre structure"]
        anonymous = get(f"{world.portal.absolute_url()}/@my-applications", "anonymous")
        assert anonymous.status_code == 401

    def test_review_scores(self, world, apps):
        first, _second = apps
        url = f"{first.absolute_url()}/@review"
        response = as_user("juror").patch(
            url, json={"score_fit": 5, "review_notes": "Solide."}
        )
        assert response.status_code == 200, response.text
        assert response.json()["total"] == 9
        bad = as_user("juror").patch(url, json={"score_fit": 9})
        assert bad.status_code == 400
        assert "score_fit" in bad.json()["error"]["message"]
        assert get(url, "applicant").status_code == 401
        assert "review_notes" not in get(first.absolute_url(), "applicant").json()
        assert get(first.absolute_url(), "juror").json()["review_notes"] == "Solide."
