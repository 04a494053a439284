"""Folder contents' "Properties" (``@@fc-properties``) cannot set an actor's
creators for anyone but the coordinators (item 12's fields), and answers
rather than failing on an actor."""

from tests.security import test_actor_coordinator_fields as coordinator_fields
from tests.security.browser_session import BrowserSession
from tests.security.test_actor_coordinator_fields import stored

import json
import pytest


# The owner's published actor of item 12's tests.
own_actor = coordinator_fields.own_actor
REFUSED = "Seuls les coordinateurs du réseau peuvent modifier : creators."


def uid_of(clients, url) -> str:
    return clients["admin"].get(url).json()["UID"]


def properties(session, folder_url, uids, **fields):
    """What the folder contents' Properties dialog posts."""
    return session.request(
        "POST",
        f"{folder_url}/@@fc-properties",
        data={
            "selection": json.dumps(uids),
            "folder": "/acteurs",
            "_authenticator": session.token,
            **fields,
        },
    )


ATTACKS = {
    "another creator": {"creators": "claire@example.org"},
    "creators added": {"creators": "alice@example.org,claire@example.org"},
    "creators with other fields": {
        "creators": "claire@example.org",
        "copyright": "Alice",
        "exclude-from-nav": "yes",
    },
    "creators through the folder, recursively": {
        "creators": "claire@example.org",
        "recurse": "yes",
    },
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_an_owner_cannot_set_creators_through_folder_contents(
    clients, portal_url, own_actor, attack
):
    before = stored(clients, own_actor)
    rights = clients["admin"].get(own_actor).json().get("rights")
    alice = BrowserSession(portal_url, "alice@example.org")
    selection = [uid_of(clients, own_actor)]
    folder = f"{portal_url}/acteurs"
    if attack.endswith("recursively"):
        # The directory itself selected, from the site root's folder contents.
        selection = [uid_of(clients, folder)]
        folder = portal_url
    response = properties(alice, folder, selection, **ATTACKS[attack])
    assert response.status_code in (401, 403), response.text
    if response.status_code == 403:
        assert response.json() == {"status": "error", "msg": REFUSED}
    assert stored(clients, own_actor) == before
    assert clients["admin"].get(own_actor).json().get("rights") == rights


def test_the_owner_sending_the_stored_creators_back_changes_nothing(
    clients, portal_url, own_actor
):
    before = stored(clients, own_actor)
    alice = BrowserSession(portal_url, "alice@example.org")
    response = properties(
        alice,
        f"{portal_url}/acteurs",
        [uid_of(clients, own_actor)],
        creators=",".join(before["creators"]),
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "success"
    assert stored(clients, own_actor) == before


def test_a_coordinator_sets_creators_through_folder_contents(
    clients, portal_url, own_actor
):
    claire = BrowserSession(portal_url, "claire@example.org")
    response = properties(
        claire,
        f"{portal_url}/acteurs",
        [uid_of(clients, own_actor)],
        creators="alice@example.org,claire@example.org",
        copyright="Pôle Patrimoine",
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "success"
    assert stored(clients, own_actor)["creators"] == [
        "alice@example.org",
        "claire@example.org",
    ]
