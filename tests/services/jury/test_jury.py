"""@jury: the call's jury read and set over REST."""

from tests.services.calls_http import get
from tests.services.calls_http import post


def test_jury_endpoint(world):
    url = f"{world.call.absolute_url()}/@jury"
    data = get(url, "coordinator").json()
    assert [i["id"] for i in data["items"]] == ["juror"]
    # The candidates are the members of the « jury » group (the demo's juror too).
    candidates = {i["id"] for i in data["candidates"]}
    assert {"juror", "juror2"} <= candidates
    assert "applicant" not in candidates
    assert post(url, "coordinator", {"members": ["juror", "juror2"]}).status_code == 200
    assert post(url, "coordinator", {"members": ["applicant"]}).status_code == 400
    assert post(url, "juror", {"members": ["juror"]}).status_code == 401
    assert (
        get(f"{world.call.absolute_url()}/@applications", "juror2").status_code == 200
    )
