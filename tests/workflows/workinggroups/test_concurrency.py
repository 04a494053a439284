"""Twenty approvals sent at once to the running server: twenty members, none lost."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


COUNT = 20


@pytest.fixture
def pending(functional, smtp):
    from plone.app.testing import SITE_OWNER_NAME
    from polepatrimoine.workflows.workinggroups import joinrequests

    scenario = build(functional["portal"])
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        users = [
            api.user.create(
                email=f"candidat{i}@example.org",
                password=PASSWORD,
                properties={"fullname": f"Candidat {i}"},
            ).getId()
            for i in range(COUNT)
        ]
    ids = [
        joinrequests.file_request(scenario.group, userid, "Bonjour").id
        for userid in users
    ]
    transaction.commit()
    smtp.wait(COUNT)
    smtp.clear()
    return scenario, users, ids


def test_twenty_concurrent_approvals(pending, smtp):
    scenario, users, ids = pending
    base = f"{scenario.group.absolute_url()}/@join-requests"
    portal_url = scenario.portal.absolute_url()

    def approve(request_id):
        # one client per thread: a requests session is not thread-safe
        coordinator = client(portal_url, scenario.emails["coordinator"])
        return coordinator.post(f"{base}/{request_id}/approve")

    with ThreadPoolExecutor(max_workers=COUNT) as pool:
        responses = list(pool.map(approve, ids))

    assert [r.status_code for r in responses] == [200] * COUNT
    items = (
        http(scenario, "coordinator")
        .get(f"{scenario.group.absolute_url()}/@members", timeout=30)
        .json()["items"]
    )
    roles = {i["id"]: i["role"] for i in items}
    assert all(roles.get(userid) == "member" for userid in users)
    assert len(roles) == COUNT + 3
    # each new member really holds the role: they read the internal note
    for i in (0, COUNT - 1):
        response = client(portal_url, f"candidat{i}@example.org").get(
            scenario.internal.absolute_url(), timeout=30
        )
        assert response.status_code == 200
    assert len(smtp.wait(COUNT)) == COUNT
