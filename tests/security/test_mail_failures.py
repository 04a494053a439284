"""A mail server that is down, or hangs, never turns an action into an error: the
action is stored and reported as the success it is, and the failure is logged."""

from tests.fixtures.calls import valid_data
from tests.fixtures.smtp import configure_mailhost
from tests.security.browser_session import BrowserSession
from tests.services.calls_http import as_user
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from tests.workflows.workinggroups import conftest as working_groups
from tests.workflows.workinggroups.scenario import http
from types import SimpleNamespace

import logging
import pytest
import socket
import time
import transaction


# The working groups' fixture: a group with one user per persona, committed.
live = working_groups.live
# Far below the 10 s an SMTP client waits for a server that does not answer.
QUICK = 5


@pytest.fixture(params=["stopped", "hanging"])
def broken_smtp(request, smtp):
    """MailHost pointed at a closed port, or at a server that never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    if request.param == "stopped":
        listener.close()
    else:
        listener.listen(50)
    portal = request.getfixturevalue("functional")["portal"]
    configure_mailhost(portal, SimpleNamespace(host="127.0.0.1", port=port))
    transaction.commit()
    yield request.param
    # The mails still waiting on the hanging server fail at once.
    listener.close()


def timed(call):
    start = time.monotonic()
    response = call()
    return response, time.monotonic() - start


def logged_failure(caplog, kind):
    from polepatrimoine.content.common.mail import wait_for_delivery

    wait_for_delivery()
    return [
        r
        for r in caplog.records
        if r.levelno == logging.ERROR and f"Could not send the {kind} mail" in r.message
    ]


def roster(live):
    items = http(live, "coordinator").get(f"{live.group.absolute_url()}/@members")
    return {i["id"]: i["role"] for i in items.json()["items"]}


def requests_of(live):
    url = f"{live.group.absolute_url()}/@join-requests"
    return http(live, "coordinator").get(url).json()["items"]


def ask(live):
    return http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Je voudrais participer.", "consent": True},
    )


def test_join_request_is_kept(live, broken_smtp, caplog):
    response, seconds = timed(lambda: ask(live))
    assert response.status_code == 201, response.text
    assert seconds < QUICK
    (stored,) = requests_of(live)
    assert stored["state"] == "pending"
    assert stored["message"] == "Je voudrais participer."
    # the coordinator's mail failed, and the log says so
    if broken_smtp == "stopped":
        assert logged_failure(caplog, "join-requested")


def test_join_request_from_the_form_is_kept(live, broken_smtp):
    session = BrowserSession(live.portal.absolute_url(), live.emails["outsider"])
    response, seconds = timed(
        lambda: session.session.post(
            f"{live.group.absolute_url()}/@@join",
            data={
                "form.submitted": "1",
                "message": "Par le formulaire.",
                "consent": "on",
                "_authenticator": session.token,
            },
            timeout=60,
        )
    )
    assert response.status_code == 200
    assert seconds < QUICK
    assert "Votre demande a été envoyée aux coordinateurs du groupe." in response.text
    (stored,) = requests_of(live)
    assert stored["message"] == "Par le formulaire."


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_decisions_are_kept(live, broken_smtp, caplog, action):
    request_id = ask(live).json()["id"]
    response, seconds = timed(
        lambda: http(live, "coordinator").post(
            f"{live.group.absolute_url()}/@join-requests/{request_id}/{action}",
            json={"reason": "Complet"} if action == "reject" else {},
        )
    )
    assert response.status_code == 200, response.text
    assert seconds < QUICK
    (stored,) = requests_of(live)
    assert stored["state"] == {"approve": "approved", "reject": "rejected"}[action]
    assert (live.users["outsider"] in roster(live)) == (action == "approve")
    if broken_smtp == "stopped":
        kind = {"approve": "join-approved", "reject": "join-rejected"}[action]
        assert logged_failure(caplog, kind)


def test_registration_is_kept_and_not_doubled(functional, broken_smtp, caplog):
    from tests.content.meetings.helpers import make_event

    event = make_event(functional["portal"]["agenda"], capacity=2)
    transaction.commit()
    url = event.absolute_url()
    # A visitor's registration waits for the link of its mail: the mail is
    # lost, the registration is kept (pending, its place held until it expires).
    response, seconds = timed(lambda: register(url, person(1)))
    assert response.status_code == 202, response.text
    assert seconds < QUICK
    items = listing(url).json()["items"]
    assert [(i["email"], i["state"]) for i in items] == [
        ("personne1@exemple.fr", "pending")
    ]
    if broken_smtp == "stopped":
        assert logged_failure(caplog, "registration-pending")


def test_application_submission_and_decisions_are_kept(world, broken_smtp, caplog):
    created = as_user("applicant").post(
        world.call.absolute_url(), json={"@type": "Application", **valid_data()}
    )
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    steps = [
        ("applicant", "submit", "submitted"),
        ("juror", "request_info", "info_requested"),
        ("applicant", "submit", "submitted"),
        ("juror", "start_review", "under_review"),
        ("juror", "accept", "accepted"),
    ]
    for user, transition, state in steps:
        response, seconds = timed(
            lambda user=user, transition=transition: as_user(user).post(
                f"{url}/@workflow/{transition}", json={"comment": "Merci"}
            )
        )
        assert response.status_code == 200, (transition, response.text)
        assert seconds < QUICK, transition
        assert as_user("applicant").get(url).json()["review_state"] == state
    if broken_smtp == "stopped":
        for kind in ("acknowledgement", "jury-notice", "info-requested", "decision"):
            assert logged_failure(caplog, kind), kind
