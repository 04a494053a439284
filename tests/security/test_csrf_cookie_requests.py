"""CSRF: the suite's writing endpoints refuse a cookie-authenticated request that
a third-party page could forge, and keep working for the site's pages and for
Basic-authenticated REST clients."""

from pathlib import Path
from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from tests.fixtures.calls import PDF
from tests.fixtures.calls import login_name
from tests.fixtures.calls import valid_data
from tests.security.browser_session import BrowserSession
from tests.security.csrf_helpers import EVIL
from tests.security.csrf_helpers import FORGERIES
from tests.security.csrf_helpers import TOKEN_REFUSED
from tests.security.csrf_helpers import TYPE_REFUSED
from tests.security.csrf_helpers import allowed
from tests.security.csrf_helpers import forged
from tests.security.csrf_helpers import send
from tests.services.calls_http import as_user
from tests.workflows.workinggroups import conftest as working_groups
from tests.workflows.workinggroups.scenario import http

import base64
import importlib
import json
import polepatrimoine.content
import pytest
import re


# The working groups' fixture: a group with one user per persona, committed.
live = working_groups.live

# --- working groups: each write as (persona, method, path, body, written?) ---


def roster(live):
    items = http(live, "coordinator").get(f"{live.group.absolute_url()}/@members")
    return {i["id"]: i["role"] for i in items.json()["items"]}


def requests_of(live):
    url = f"{live.group.absolute_url()}/@join-requests"
    return http(live, "coordinator").get(url).json()["items"]


def pending_request(live):
    response = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


GROUP_WRITES = {
    "POST @members": lambda live: (
        "coordinator",
        "POST",
        "@members",
        {"user": live.users["outsider"], "role": "member"},
        lambda: live.users["outsider"] in roster(live),
    ),
    "PATCH @members/<id>": lambda live: (
        "coordinator",
        "PATCH",
        f"@members/{live.users['member']}",
        {"role": "guest"},
        lambda: roster(live)[live.users["member"]] == "guest",
    ),
    "DELETE @members/<id>": lambda live: (
        "coordinator",
        "DELETE",
        f"@members/{live.users['member']}",
        None,
        lambda: live.users["member"] not in roster(live),
    ),
    "POST @join-requests": lambda live: (
        "outsider",
        "POST",
        "@join-requests",
        {"message": "Je voudrais participer.", "consent": True},
        lambda: len(requests_of(live)) == 1,
    ),
    "POST @join-requests/<id>/reject": lambda live: (
        lambda request_id: (
            "coordinator",
            "POST",
            f"@join-requests/{request_id}/reject",
            {"reason": "Plus tard"},
            lambda: requests_of(live)[0]["state"] == "rejected",
        )
    )(pending_request(live)),
    "POST @join-requests/<id>/approve": lambda live: (
        lambda request_id: (
            "coordinator",
            "POST",
            f"@join-requests/{request_id}/approve",
            {},
            lambda: live.users["outsider"] in roster(live),
        )
    )(pending_request(live)),
}


@pytest.mark.parametrize("write", list(GROUP_WRITES))
@pytest.mark.parametrize("forgery", FORGERIES)
def test_group_writes_refuse_a_forged_cookie_request(live, smtp, write, forgery):
    persona, method, path, body, written = GROUP_WRITES[write](live)
    session = BrowserSession(live.portal.absolute_url(), live.emails[persona])
    headers, message = forged(session, session.token)[forgery]
    if method == "DELETE" and message == TYPE_REFUSED:
        # A DELETE has no body to type; a cross-site form cannot send one.
        headers = {**headers, "Origin": EVIL}
        message = TOKEN_REFUSED
    response = send(
        session, method, f"{live.group.absolute_url()}/{path}", body, headers
    )
    assert response.status_code == 403, response.text
    assert response.json()["error"]["type"] == "Forbidden"
    assert message in response.json()["error"]["message"]
    assert not written()


@pytest.mark.parametrize("write", list(GROUP_WRITES))
@pytest.mark.parametrize("way", ["token", "same origin"])
def test_group_writes_from_the_site_are_committed(live, smtp, write, way):
    persona, method, path, body, written = GROUP_WRITES[write](live)
    session = BrowserSession(live.portal.absolute_url(), live.emails[persona])
    headers = allowed(session, live.portal.absolute_url())[way]
    response = send(
        session, method, f"{live.group.absolute_url()}/{path}", body, headers
    )
    assert response.status_code in (200, 201, 204), response.text
    assert written()


@pytest.mark.parametrize("write", list(GROUP_WRITES))
def test_basic_authentication_needs_no_token(live, smtp, write):
    """REST clients with Basic auth (curl): JSON without a token (a text/plain
    body is refused since a browser sends typed-in Basic credentials on its
    own: see test_csrf_basic_credentials)."""
    persona, method, path, body, written = GROUP_WRITES[write](live)
    data = None if body is None else json.dumps(body)
    response = http(live, persona).request(
        method,
        f"{live.group.absolute_url()}/{path}",
        data=data,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code in (200, 201, 204), response.text
    assert written()


# --- calls: apply, submit, review, jury ---


def application_url(world):
    response = as_user("applicant").post(
        world.call.absolute_url(), json={"@type": "Application", **valid_data()}
    )
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def submitted_url(world):
    url = application_url(world)
    assert as_user("applicant").post(f"{url}/@workflow/submit", json={}).ok
    return url


def count_applications(world):
    listing = as_user("coordinator").get(f"{world.call.absolute_url()}/@applications")
    return listing.json()["items_total"]


CALL_WRITES = {
    "POST <call> (apply)": lambda world: (
        lambda before: (
            "applicant",
            "POST",
            world.call.absolute_url(),
            {"@type": "Application", **valid_data()},
            lambda: count_applications(world) == before + 1,
        )
    )(count_applications(world)),
    "POST @workflow/submit": lambda world: (
        lambda url: (
            "applicant",
            "POST",
            f"{url}/@workflow/submit",
            {},
            lambda: as_user("applicant").get(url).json()["review_state"] == "submitted",
        )
    )(application_url(world)),
    "PATCH @review": lambda world: (
        lambda url: (
            "juror",
            "PATCH",
            f"{url}/@review",
            {"review_notes": "Solide", "score_fit": 4},
            lambda: as_user("juror").get(f"{url}/@review").json()["score_fit"] == 4,
        )
    )(submitted_url(world)),
    "POST @jury": lambda world: (
        "coordinator",
        "POST",
        f"{world.call.absolute_url()}/@jury",
        {"members": ["juror", "juror2"]},
        lambda: (
            {
                i["id"]
                for i in as_user("coordinator")
                .get(f"{world.call.absolute_url()}/@jury")
                .json()["items"]
            }
            == {"juror", "juror2"}
        ),
    ),
}


@pytest.mark.parametrize("write", list(CALL_WRITES))
@pytest.mark.parametrize("forgery", FORGERIES)
def test_call_writes_refuse_a_forged_cookie_request(world, smtp, write, forgery):
    persona, method, url, body, written = CALL_WRITES[write](world)
    session = BrowserSession(world.portal.absolute_url(), login_name(persona))
    headers, message = forged(session, session.token)[forgery]
    response = send(session, method, url, body, headers)
    assert response.status_code == 403, response.text
    assert message in response.json()["error"]["message"]
    assert not written()


@pytest.mark.parametrize("write", list(CALL_WRITES))
@pytest.mark.parametrize("way", ["token", "same origin"])
def test_call_writes_from_the_site_are_committed(world, smtp, write, way):
    persona, method, url, body, written = CALL_WRITES[write](world)
    session = BrowserSession(world.portal.absolute_url(), login_name(persona))
    headers = allowed(session, world.portal.absolute_url())[way]
    response = send(session, method, url, body, headers)
    assert response.status_code in (200, 201), response.text
    assert written()


def test_an_attachment_in_a_forged_application_is_refused(world, smtp):
    session = BrowserSession(world.portal.absolute_url(), login_name("applicant"))
    before = count_applications(world)
    body = {
        "@type": "Application",
        **valid_data(),
        "document_presentation": {
            "data": base64.b64encode(PDF).decode(),
            "encoding": "base64",
            "filename": "projet.pdf",
        },
    }
    response = send(
        session, "POST", world.call.absolute_url(), body, {"Content-Type": "text/plain"}
    )
    assert response.status_code == 403
    assert count_applications(world) == before


def service_registrations():
    """Every REST service the suite registers: (method, name, factory)."""
    # polepatrimoine is a namespace package: its folder is the content package's parent.
    root = Path(polepatrimoine.content.__file__).parent.parent
    for zcml in sorted(root.rglob("*.zcml")):
        package = ".".join(zcml.parent.relative_to(root.parent).parts)
        text = zcml.read_text()
        for directive in re.findall(r"<plone:service\b(.*?)/>", text, re.S):
            attributes = dict(re.findall(r'(\w+)="([^"]*)"', directive))
            module, _, name = attributes["factory"].rpartition(".")
            module = package + module if module.startswith(".") else module
            factory = getattr(importlib.import_module(module), name)
            yield attributes["method"], attributes.get("name", ""), factory


def test_every_writing_service_goes_through_the_csrf_rule():
    """A service that is not a GuardedService skips check_write_request (as
    @registration-confirmation did): none may be added without it."""
    writes = [
        (method, name, factory)
        for method, name, factory in service_registrations()
        if method not in ("GET", "HEAD", "OPTIONS")
    ]
    assert len(writes) >= 12
    unguarded = [
        f"{method} {name or '<content>'}"
        for method, name, factory in writes
        if not issubclass(factory, GuardedService)
        or factory.__mro__.index(GuardedService) > factory.__mro__.index(Service)
    ]
    assert unguarded == []
