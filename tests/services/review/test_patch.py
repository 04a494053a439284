"""@review: the jury's scores and notes, read and written by the jury only."""

from tests.services.calls_http import as_user
from tests.services.calls_http import get


def test_review_scores(world, apps):
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
