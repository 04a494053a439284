"""@applications: the jury and the coordinators read a call's applications; nobody else reads one."""

from tests.services.calls_http import JURY_ONLY
from tests.services.calls_http import get

import pytest


@pytest.mark.parametrize(("user", "status"), JURY_ONLY)
def test_applications(world, apps, user, status):
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


@pytest.mark.parametrize("user", ["other", "juror2", "anonymous"])
def test_others_cannot_read_an_application(world, apps, user):
    first, _second = apps
    assert get(first.absolute_url(), user).status_code in (401, 403)
    found = get(
        f"{world.portal.absolute_url()}/@search", user, SearchableText="Atelier"
    )
    assert first.absolute_url() not in [i["@id"] for i in found.json()["items"]]
    listing = get(world.call.absolute_url(), user).json()["items"]
    assert first.absolute_url() not in [i["@id"] for i in listing]
