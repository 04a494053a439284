"""The jury's decisions over REST: places, and nobody else decides."""

from plone import api
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import post

import pytest
import transaction


def test_accept_beyond_places(world):
    world.call.places = 1
    apps = [
        move_to(
            make_application(world.call, "applicant", f"candidature-{n}"),
            "under_review",
        )
        for n in (1, 2)
    ]
    transaction.commit()
    first, second = (f"{a.absolute_url()}/@workflow/accept" for a in apps)
    assert post(first, "juror", {}).status_code == 200
    refused = post(second, "juror", {})
    assert refused.status_code == 409
    assert refused.json()["error"]["type"] == "Conflict"
    forced = post(second, "juror", {"force": True})
    assert forced.status_code == 200
    assert forced.json()["review_state"] == "accepted"


@pytest.mark.parametrize(
    ("user", "status"),
    [("applicant", 400), ("other", 401), ("juror2", 401), ("anonymous", 401)],
)
def test_only_the_jury_decides(world, user, status):
    obj = move_to(make_application(world.call, "applicant", "c1"), "under_review")
    transaction.commit()
    response = post(f"{obj.absolute_url()}/@workflow/accept", user, {"force": True})
    assert response.status_code == status
    transaction.begin()
    assert api.content.get_state(world.call["c1"]) == "under_review"
