"""POST …/@workflow/<transition> refused: a French 400 naming the transition, nothing changed."""

from tests.fixtures.actors import make_actor

import pytest
import transaction


@pytest.fixture(params=[{}, {"Accept-Language": "fr"}], ids=["site", "accept-fr"])
def headers(request):
    return request.param


@pytest.fixture
def actor(functional, members):
    actor = make_actor(
        functional["portal"], state="published", owner="alice@example.org"
    )
    transaction.commit()
    return actor


def state(clients, actor) -> str:
    return (
        clients["admin"].get(f"{actor.absolute_url()}/@workflow").json()["state"]["id"]
    )


def test_a_member_may_not_retract_their_actor(clients, actor, headers):
    answer = clients["alice"].post(
        f"{actor.absolute_url()}/@workflow/retract", json={}, headers=headers
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == {
        "type": "WorkflowException",
        "message": "Aucune transition « retract » n'est possible ici.",
    }
    assert state(clients, actor) == "published"


def test_an_unknown_transition_as_coordinator(clients, actor, headers):
    answer = clients["claire"].post(
        f"{actor.absolute_url()}/@workflow/bogus", json={}, headers=headers
    )
    assert answer.status_code == 400
    message = answer.json()["error"]["message"]
    assert message == "Aucune transition « bogus » n'est possible ici."
    assert "${" not in answer.text
    assert state(clients, actor) == "published"


def test_an_allowed_transition_still_goes_through(clients, actor, headers):
    answer = clients["claire"].post(
        f"{actor.absolute_url()}/@workflow/retract", json={}, headers=headers
    )
    assert answer.status_code == 200
    assert answer.json()["review_state"] == "pending"
    assert state(clients, actor) == "pending"
