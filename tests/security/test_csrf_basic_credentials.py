"""CSRF with HTTP Basic credentials: a browser that typed them in (``/manage``)
sends them with a forged cross-site request too; only a request a page of
another site cannot make passes (JSON or a CSV body, and no foreign Origin or
Referer), and Bearer (JWT) clients are left alone."""

from tests.fixtures.users import PASSWORD
from tests.security.test_reported_writes import ROWS
from tests.security.test_reported_writes import multipart
from tests.security.test_reported_writes import stored as imported
from tests.services.actors_import.helpers import body
from tests.workflows.workinggroups import conftest as working_groups
from tests.workflows.workinggroups.scenario import http

import json
import pytest
import requests


live = working_groups.live
EVIL = "https://evil.example"
TYPE_REFUSED = "Une requête authentifiée par HTTP Basic doit être envoyée en JSON"
ORIGIN_REFUSED = "Cette requête vient d'un autre site que celui-ci."


def roster(live):
    items = http(live, "coordinator").get(f"{live.group.absolute_url()}/@members")
    return {i["id"]: i["role"] for i in items.json()["items"]}


def add_outsider(live, **kw):
    """POST @members as the group's coordinator, with Basic credentials."""
    return http(live, "coordinator").post(f"{live.group.absolute_url()}/@members", **kw)


def outsider_body(live):
    return json.dumps({"user": live.users["outsider"], "role": "member"})


# What a page of another site can make a browser holding Basic credentials send.
FORGED_MEMBERS = {
    "text/plain JSON": (
        lambda live: {
            "data": outsider_body(live),
            "headers": {"Content-Type": "text/plain", "Origin": EVIL},
        },
        TYPE_REFUSED,
    ),
    "text/plain JSON without Origin": (
        lambda live: {
            "data": outsider_body(live),
            "headers": {"Content-Type": "text/plain"},
        },
        TYPE_REFUSED,
    ),
    "form-urlencoded": (
        lambda live: {
            "data": {"user": live.users["outsider"], "role": "member"},
            "headers": {"Origin": EVIL},
        },
        TYPE_REFUSED,
    ),
    "multipart": (
        lambda live: {
            "files": {"user": (None, live.users["outsider"]), "role": (None, "member")},
            "headers": {"Origin": EVIL},
        },
        TYPE_REFUSED,
    ),
    "untyped body (a Blob)": (
        lambda live: {
            "data": outsider_body(live).encode(),
            "headers": {"Origin": EVIL},
        },
        TYPE_REFUSED,
    ),
    "JSON from another origin": (
        lambda live: {
            "data": outsider_body(live),
            "headers": {"Content-Type": "application/json", "Origin": EVIL},
        },
        ORIGIN_REFUSED,
    ),
    "JSON referred by another site": (
        lambda live: {
            "data": outsider_body(live),
            "headers": {"Content-Type": "application/json", "Referer": f"{EVIL}/p"},
        },
        ORIGIN_REFUSED,
    ),
}


@pytest.mark.parametrize("forgery", list(FORGED_MEMBERS))
def test_a_forged_basic_write_to_members_is_refused(live, smtp, forgery):
    make, message = FORGED_MEMBERS[forgery]
    response = add_outsider(live, **make(live))
    assert response.status_code == 403, response.text
    assert response.json()["error"]["type"] == "Forbidden"
    assert message in response.json()["error"]["message"]
    assert live.users["outsider"] not in roster(live)


@pytest.mark.parametrize("where", ["Origin", "Referer"])
def test_a_forged_basic_delete_is_refused(live, smtp, where):
    value = EVIL if where == "Origin" else f"{EVIL}/page"
    response = http(live, "coordinator").delete(
        f"{live.group.absolute_url()}/@members/{live.users['member']}",
        headers={where: value},
    )
    assert response.status_code == 403, response.text
    assert ORIGIN_REFUSED in response.json()["error"]["message"]
    assert live.users["member"] in roster(live)


@pytest.mark.parametrize("where", ["Origin", "Referer"])
def test_a_forged_bodiless_basic_approval_is_refused(live, smtp, where):
    """No body to type, but a browser says where it comes from."""
    asked = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert asked.status_code == 201, asked.text
    value = EVIL if where == "Origin" else f"{EVIL}/page"
    response = http(live, "coordinator").post(
        f"{live.group.absolute_url()}/@join-requests/{asked.json()['id']}/approve",
        headers={where: value},
    )
    assert response.status_code == 403, response.text
    assert ORIGIN_REFUSED in response.json()["error"]["message"]
    assert live.users["outsider"] not in roster(live)
    # The same from curl (no Origin, no body) is committed.
    response = http(live, "coordinator").post(
        f"{live.group.absolute_url()}/@join-requests/{asked.json()['id']}/approve"
    )
    assert response.status_code == 200, response.text
    assert roster(live)[live.users["outsider"]] == "member"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "site"},
        {"Referer": "site"},
    ],
    ids=["curl (no Origin)", "same Origin", "same Referer"],
)
def test_a_basic_json_write_from_a_rest_client_or_the_site_is_committed(
    live, smtp, headers
):
    site = live.portal.absolute_url()
    scheme, _, host = site.split("/")[:3]
    headers = {
        k: (f"{scheme}//{host}" if k == "Origin" else f"{site}/page") for k in headers
    }
    response = add_outsider(
        live,
        data=outsider_body(live),
        headers={"Content-Type": "application/json", **headers},
    )
    assert response.status_code in (200, 201), response.text
    assert roster(live)[live.users["outsider"]] == "member"


def bearer(live, persona) -> str:
    response = requests.post(
        f"{live.portal.absolute_url()}/@login",
        json={"login": live.emails[persona], "password": PASSWORD},
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return response.json()["token"]


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_bearer_clients_need_no_token(live, smtp, content_type):
    """A JWT comes in a header no other site can make a browser send."""
    token = bearer(live, "coordinator")
    response = requests.post(
        f"{live.group.absolute_url()}/@members",
        data=outsider_body(live),
        headers={
            "Accept": "application/json",
            "Authorization": f"Bearer {token}",
            "Content-Type": content_type,
        },
        timeout=60,
    )
    assert response.status_code in (200, 201), response.text
    assert roster(live)[live.users["outsider"]] == "member"


# --- the actors import: files are taken, so multipart is the way ---


@pytest.mark.parametrize(
    "kw",
    [
        {"files": multipart(body(*ROWS)), "headers": {"Origin": EVIL}},
        {"files": multipart(body(*ROWS)), "headers": {"Referer": f"{EVIL}/x"}},
        {"data": body(*ROWS).encode(), "headers": {"Content-Type": "text/plain"}},
        {
            "data": {"file": body(*ROWS)},
            "headers": {"Origin": EVIL},
        },
    ],
    ids=["multipart from another origin", "multipart referred", "text/plain", "form"],
)
def test_a_forged_basic_import_is_refused(clients, kw):
    response = clients["admin"].post("acteurs/@actors-import", **kw)
    assert response.status_code == 403, response.text
    message = response.json()["error"]["message"]
    assert ORIGIN_REFUSED in message or TYPE_REFUSED in message
    assert imported(clients) == 0


@pytest.mark.parametrize("how", ["multipart", "text/csv", "multipart same origin"])
def test_a_basic_import_from_curl_is_saved(clients, portal_url, how):
    kw = {"files": multipart(body(*ROWS))}
    if how == "text/csv":
        kw = {"data": body(*ROWS).encode(), "headers": {"Content-Type": "text/csv"}}
    elif how == "multipart same origin":
        scheme, _, host = portal_url.split("/")[:3]
        kw["headers"] = {"Origin": f"{scheme}//{host}"}
    response = clients["admin"].post("acteurs/@actors-import", **kw)
    assert response.status_code == 200, response.text
    assert imported(clients) == 5
