"""@members over HTTP: who may list, add, change and remove members."""

from tests.workflows.workinggroups.scenario import PERSONAS
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


def url(live):
    return f"{live.group.absolute_url()}/@members"


READERS = {"guest", "member", "coordinator", "site_coordinator"}
MANAGERS = {"coordinator", "site_coordinator"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_get(live, persona):
    response = http(live, persona).get(url(live), timeout=30)
    if persona not in READERS:
        assert response.status_code in (401, 403)
        return
    assert response.status_code == 200
    items = response.json()["items"]
    assert {(i["id"], i["role"]) for i in items} == {
        (live.users["coordinator"], "coordinator"),
        (live.users["member"], "member"),
        (live.users["guest"], "guest"),
    }
    assert {i["fullname"] for i in items} == {"Coordinator", "Member", "Guest"}
    has_email = all("email" in i for i in items)
    assert has_email is (persona in MANAGERS)
    if has_email:
        assert "member@example.org" in [i["email"] for i in items]


@pytest.mark.parametrize("persona", PERSONAS)
def test_post_only_for_coordinators(live, persona):
    response = http(live, persona).post(
        url(live), json={"user": live.users["outsider"], "role": "guest"}, timeout=30
    )
    if persona in MANAGERS:
        assert response.status_code == 201
        assert response.json()["role"] == "guest"
    else:
        assert response.status_code in (401, 403)
    transaction.begin()
    roles = {
        i["id"]: i["role"]
        for i in http(live, "coordinator").get(url(live), timeout=30).json()["items"]
    }
    assert (live.users["outsider"] in roles) is (persona in MANAGERS)


def test_patch_changes_the_role(live):
    session = http(live, "coordinator")
    response = session.patch(
        f"{url(live)}/{live.users['guest']}", json={"role": "member"}, timeout=30
    )
    assert response.status_code == 200
    assert response.json()["role"] == "member"
    # the new member writes at once
    doc = f"{live.internal.absolute_url()}"
    response = http(live, "guest").patch(doc, json={"title": "Modifié"}, timeout=30)
    assert response.status_code == 204


def test_member_cannot_patch(live):
    response = http(live, "member").patch(
        f"{url(live)}/{live.users['guest']}", json={"role": "coordinator"}, timeout=30
    )
    assert response.status_code in (401, 403)


def test_coordinator_removes_a_member(live):
    session = http(live, "coordinator")
    response = session.delete(f"{url(live)}/{live.users['member']}", timeout=30)
    assert response.status_code == 204
    response = http(live, "member").get(live.internal.absolute_url(), timeout=30)
    assert response.status_code in (401, 403, 404)


def test_member_leaves(live):
    session = http(live, "member")
    response = session.delete(f"{url(live)}/{live.users['member']}", timeout=30)
    assert response.status_code == 204
    assert session.get(url(live), timeout=30).status_code in (401, 403)


def test_member_cannot_remove_another(live):
    response = http(live, "member").delete(
        f"{url(live)}/{live.users['guest']}", timeout=30
    )
    assert response.status_code in (401, 403)
    ids = [i["id"] for i in http(live, "coordinator").get(url(live)).json()["items"]]
    assert live.users["guest"] in ids


BAD = [
    ("post", "", {"user": "outsider", "role": "chef"}, "chef"),
    ("post", "", {"user": "personne-inconnue", "role": "member"}, "personne-inconnue"),
    ("post", "", {"user": "member", "role": "guest"}, "member"),
    ("post", "", {"role": "guest"}, "None"),
    ("patch", "/coordinator", {"role": "member"}, "coordinator"),
    ("patch", "/guest", {"role": "chef"}, "chef"),
    ("patch", "/outsider", {"role": "member"}, "outsider"),
    ("delete", "/coordinator", None, "coordinator"),
]


@pytest.mark.parametrize(("method", "suffix", "data", "words"), BAD)
def test_bad_requests_change_nothing(live, method, suffix, data, words):
    session = http(live, "coordinator")
    before = session.get(url(live), timeout=30).json()["items"]
    if data and data.get("user") in live.users:
        data = {**data, "user": live.users[data["user"]]}
    for name, userid in live.users.items():
        if suffix == f"/{name}":
            suffix = f"/{userid}"
    response = getattr(session, method)(f"{url(live)}{suffix}", json=data, timeout=30)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert words in error["message"]
    assert session.get(url(live), timeout=30).json()["items"] == before


def test_error_messages_in_french(live):
    response = http(live, "coordinator").delete(
        f"{url(live)}/{live.users['coordinator']}", timeout=30
    )
    assert "dernier coordinateur" in response.json()["error"]["message"]
