"""Bad input on every suite endpoint answers a French 4xx and writes nothing:
malformed or non-object JSON bodies, NUL characters, lists where one value is
expected, over-long texts (the directory's search text, paging and CSV uploads:
test_bad_input_directory.py)."""

from tests.fixtures.calls import valid_data
from tests.security.bad_input_helpers import refused
from tests.services.calls_http import as_user
from tests.workflows.workinggroups import conftest as working_groups
from tests.workflows.workinggroups.scenario import http

import pytest


# The working groups' fixture: a group with one user per persona, committed.
live = working_groups.live

BODIES = {
    "malformed JSON": (b'{"message": "Bonjour"', "n'est pas du JSON valide"),
    "a JSON array": (b'[{"message": "Bonjour"}]', "doit être un objet JSON"),
    "a JSON string": (b'"Bonjour"', "doit être un objet JSON"),
    "a JSON number": (b"42", "doit être un objet JSON"),
    "not UTF-8": (b'{"message": "\xff\xfe"}', "n'est pas du JSON valide"),
    "a NUL character": (
        b'{"message": "a\\u0000b", "role": "guest", "user": "x\\u0000",'
        b' "members": ["juror\\u0000"], "review_notes": "\\u0000",'
        b' "comment": "\\u0000", "structure_name": "\\u0000", "@type": "Application"}',
        "caractère nul",
    ),
}


def roster(live):
    items = http(live, "coordinator").get(f"{live.group.absolute_url()}/@members")
    return {i["id"]: i["role"] for i in items.json()["items"]}


def group_state(live):
    url = f"{live.group.absolute_url()}/@join-requests"
    requests = http(live, "coordinator").get(url).json()["items"]
    return roster(live), [(r["id"], r["state"]) for r in requests]


def pending_request(live):
    response = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


GROUP_ENDPOINTS = {
    "POST @members": lambda live: ("coordinator", "POST", "@members"),
    "PATCH @members/<id>": lambda live: (
        "coordinator",
        "PATCH",
        f"@members/{live.users['member']}",
    ),
    "POST @join-requests": lambda live: ("outsider", "POST", "@join-requests"),
    "POST @join-requests/<id>/reject": lambda live: (
        "coordinator",
        "POST",
        f"@join-requests/{pending_request(live)}/reject",
    ),
    "POST @join-requests/<id>/approve": lambda live: (
        "coordinator",
        "POST",
        f"@join-requests/{pending_request(live)}/approve",
    ),
}


@pytest.mark.parametrize("endpoint", list(GROUP_ENDPOINTS))
@pytest.mark.parametrize("bad", list(BODIES))
def test_group_endpoints_refuse_bad_bodies(live, smtp, endpoint, bad):
    persona, method, path = GROUP_ENDPOINTS[endpoint](live)
    before = group_state(live)
    data, fragment = BODIES[bad]
    response = http(live, persona).request(
        method,
        f"{live.group.absolute_url()}/{path}",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    refused(response, fragment)
    assert group_state(live) == before


@pytest.mark.parametrize(
    ("endpoint", "body", "field"),
    [
        ("POST @members", {"user": ["a", "b"], "role": "member"}, "user"),
        ("POST @members", {"user": "outsider", "role": ["member"]}, "role"),
        ("PATCH @members/<id>", {"role": ["guest", "coordinator"]}, "role"),
        ("POST @join-requests", {"message": ["un", "deux"]}, "message"),
        ("POST @join-requests", {"message": {"text": "x"}}, "message"),
        ("POST @join-requests/<id>/reject", {"reason": ["non"]}, "reason"),
    ],
)
def test_group_endpoints_refuse_lists_where_one_value_is_expected(
    live, smtp, endpoint, body, field
):
    persona, method, path = GROUP_ENDPOINTS[endpoint](live)
    if body.get("user") == "outsider":
        body["user"] = live.users["outsider"]
    before = group_state(live)
    response = http(live, persona).request(
        method, f"{live.group.absolute_url()}/{path}", json=body
    )
    error = refused(response, "doit être un texte")
    assert error["field"] == field
    assert group_state(live) == before


@pytest.mark.parametrize(
    ("endpoint", "field"),
    [("POST @join-requests", "message"), ("POST @join-requests/<id>/reject", "reason")],
)
def test_join_texts_have_a_maximum_length(live, smtp, endpoint, field):
    persona, method, path = GROUP_ENDPOINTS[endpoint](live)
    before = group_state(live)
    response = http(live, persona).request(
        method, f"{live.group.absolute_url()}/{path}", json={field: "é" * 5001}
    )
    error = refused(response, "est trop long (5000 caractères au plus)")
    assert error["field"] == field
    assert group_state(live) == before
    # the longest accepted text is stored whole
    response = http(live, persona).request(
        method,
        f"{live.group.absolute_url()}/{path}",
        json={field: "é" * 5000, "consent": True},
    )
    assert response.status_code in (200, 201), response.text


@pytest.mark.parametrize(
    "data",
    [
        {"message": "x" * 6000, "form.submitted": "1", "consent": "on"},
        {"message": ["un", "deux"], "form.submitted": "1", "consent": "on"},
        {"message": "a\0b", "form.submitted": "1", "consent": "on"},
    ],
    ids=["too long", "repeated", "NUL"],
)
def test_join_form_refuses_bad_messages_in_french(live, smtp, data):
    """The Classic UI join form: the error is shown, nothing is stored."""
    from tests.security.browser_session import BrowserSession

    session = BrowserSession(live.portal.absolute_url(), live.emails["outsider"])
    before = group_state(live)
    response = session.session.post(
        f"{live.group.absolute_url()}/@@join",
        data={**data, "_authenticator": session.token},
        timeout=60,
    )
    assert response.status_code == 200
    assert any(
        text in response.text
        for text in ("est trop long", "doit être un texte", "caractère nul")
    ), response.text[:2000]
    assert group_state(live) == before


@pytest.mark.parametrize(
    ("params", "field"),
    [({"state": ["pending", "approved"]}, "state")],
)
def test_list_valued_parameters_are_refused(live, smtp, params, field):
    response = http(live, "coordinator").get(
        f"{live.group.absolute_url()}/@join-requests", params=params
    )
    error = refused(response, "n'accepte qu'une seule valeur")
    assert error["field"] == field


# --- calls ---


def applications(world):
    listing = as_user("coordinator").get(f"{world.call.absolute_url()}/@applications")
    return [(i["@id"], i["review_state"]) for i in listing.json()["items"]]


def application(world):
    response = as_user("applicant").post(
        world.call.absolute_url(), json={"@type": "Application", **valid_data()}
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


CALL_ENDPOINTS = {
    "POST <call>": lambda world: ("applicant", "POST", world.call.absolute_url()),
    "POST @workflow/submit": lambda world: (
        "applicant",
        "POST",
        f"{application(world)}/@workflow/submit",
    ),
    "PATCH @review": lambda world: (
        "juror",
        "PATCH",
        f"{application(world)}/@review",
    ),
    "POST @jury": lambda world: (
        "coordinator",
        "POST",
        f"{world.call.absolute_url()}/@jury",
    ),
}


def call_state(world):
    jury = as_user("coordinator").get(f"{world.call.absolute_url()}/@jury").json()
    reviews = [
        as_user("coordinator").get(f"{url}/@review").json()["review_notes"]
        for url, _state in applications(world)
    ]
    return applications(world), [i["id"] for i in jury["items"]], reviews


@pytest.mark.parametrize("endpoint", list(CALL_ENDPOINTS))
@pytest.mark.parametrize("bad", list(BODIES))
def test_call_endpoints_refuse_bad_bodies(world, smtp, endpoint, bad):
    persona, method, url = CALL_ENDPOINTS[endpoint](world)
    before = call_state(world)
    data, fragment = BODIES[bad]
    response = as_user(persona).request(
        method, url, data=data, headers={"Content-Type": "application/json"}
    )
    refused(response, fragment)
    assert call_state(world) == before


@pytest.mark.parametrize(
    ("endpoint", "body", "field", "fragment"),
    [
        ("POST @workflow/submit", {"comment": "x" * 10_001}, "comment", "trop long"),
        ("POST @workflow/submit", {"comment": ["x"]}, "comment", "doit être un texte"),
        ("PATCH @review", {"review_notes": "x" * 10_001}, "review_notes", "trop long"),
    ],
)
def test_call_texts_have_a_maximum_length(world, smtp, endpoint, body, field, fragment):
    persona, method, url = CALL_ENDPOINTS[endpoint](world)
    before = call_state(world)
    response = as_user(persona).request(method, url, json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert field in error.get("field", "") or field in error["message"]
    assert fragment in error["message"] or "Valeur trop longue" in error["message"]
    assert call_state(world) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("structure_name", "x" * 301),
        ("project_title", "x" * 301),
        ("project_summary", "x" * 10_001),
        ("needs", "x" * 10_001),
        ("contact_name", "x" * 301),
    ],
)
def test_application_texts_have_a_maximum_length(world, smtp, field, value):
    before = call_state(world)
    response = as_user("applicant").post(
        world.call.absolute_url(),
        json={"@type": "Application", **valid_data(**{field: value})},
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert [e["field"] for e in error["errors"]] == [field]
    assert "trop long" in error["message"].lower()
    assert call_state(world) == before


@pytest.mark.parametrize(
    "params", [{"review_state": ["draft", "submitted"]}], ids=["two states"]
)
def test_applications_listing_refuses_two_states(world, smtp, params):
    response = as_user("coordinator").get(
        f"{world.call.absolute_url()}/@applications", params=params
    )
    refused(response, "n'accepte qu'une seule valeur")


@pytest.mark.parametrize(
    "comment",
    ["x" * 10_001, ["oui", "non"], "a\0b"],
    ids=["too long", "repeated", "NUL"],
)
def test_accept_form_refuses_a_bad_comment_in_french(world, smtp, comment):
    """The Classic UI's @@accept: the comment goes into the history and the mail."""
    import re

    url = application(world)
    assert as_user("applicant").post(f"{url}/@workflow/submit", json={}).ok
    assert as_user("juror").post(f"{url}/@workflow/start_review", json={}).ok
    browser = as_user("juror", json=False)
    page = browser.get(f"{url}/@@accept").text
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)
    response = browser.post(
        f"{url}/@@accept",
        data={"_authenticator": token, "form.confirm": "1", "comment": comment},
    )
    assert response.status_code == 400
    assert any(
        text in response.text
        for text in ("est trop long", "doit être un texte", "caractère nul")
    )
    assert as_user("applicant").get(url).json()["review_state"] == "under_review"


@pytest.mark.parametrize(
    "data",
    [
        {"action": "add", "user": ["a", "b"], "role": "member"},
        {"action": "change", "user": "member", "role": ["guest", "coordinator"]},
        {"action": "remove", "user": ["member", "guest"]},
        {"action": "reject", "request_id": "pending", "reason": "x" * 5001},
        {"action": "reject", "request_id": ["pending", "pending"]},
    ],
    ids=["two users", "two roles", "two removals", "long reason", "two requests"],
)
def test_members_page_refuses_bad_values_in_french(live, smtp, data):
    """The coordinators' Classic UI page: a French error, the roster unchanged."""
    from tests.security.browser_session import BrowserSession

    request_id = pending_request(live)
    data = {
        name: (
            [request_id if v == "pending" else v for v in value]
            if isinstance(value, list)
            else {"pending": request_id, "member": live.users["member"]}.get(
                value, value
            )
        )
        for name, value in data.items()
    }
    before = group_state(live)
    session = BrowserSession(live.portal.absolute_url(), live.emails["coordinator"])
    response = session.session.post(
        f"{live.group.absolute_url()}/@@members",
        data={**data, "_authenticator": session.token},
        timeout=60,
    )
    assert response.status_code == 200
    assert any(
        text in response.text for text in ("est trop long", "doit être un texte")
    ), response.text[:2000]
    assert group_state(live) == before
