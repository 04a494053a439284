"""The jury's decisions over REST: places, and nobody else decides."""

from concurrent.futures import ThreadPoolExecutor
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


def test_concurrent_accepts_never_exceed_the_places(world):
    """Ten applications accepted at the same moment on a call of two places:
    two are accepted, the others answer 409 and stay under review."""
    world.call.places = 2
    apps = [
        move_to(
            make_application(world.call, "applicant", f"simultanee-{n}"),
            "under_review",
        )
        for n in range(10)
    ]
    transaction.commit()
    urls = [f"{a.absolute_url()}/@workflow/accept" for a in apps]
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = sorted(
            pool.map(lambda url: post(url, "juror", {}).status_code, urls)
        )
    assert statuses == [200, 200] + [409] * 8
    transaction.begin()
    states = [api.content.get_state(world.call[a.getId()]) for a in apps]
    assert states.count("accepted") == 2
    assert states.count("under_review") == 8
