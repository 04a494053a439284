"""The register's "notifications" store: find, export, erase, purge, deleted users."""

from plone import api
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from polepatrimoine.workflows.workinggroups.notifications import settings
from tests.fixtures.http import client
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


@pytest.fixture
def held(world):
    """The member chose "every item" and made a calendar feed, over REST."""
    member = http(world, "member")
    assert member.patch(
        "@my-notifications", json={"groups": {world.group.UID(): "each"}}
    ).ok
    world.feed = member.post("@my-notifications/feed").json()["url"]
    transaction.begin()
    return world


def provider():
    return providers()["notifications"]


def test_registered_with_its_stores():
    found = provider()
    assert set(found.stores) == {
        "annotation:polepatrimoine.notifications.settings",
        "annotation:polepatrimoine.notifications.tokens",
    }


def test_find_and_export(held):
    person = Person(held.emails["member"])
    (record,) = provider().find(person)
    assert record["url"].endswith("/@@my-notifications")
    (exported,) = provider().export(person)
    assert exported["user"] == held.users["member"]
    assert exported["modes"] == [
        {"group": "Groupe test", "UID": held.group.UID(), "mode": "each"}
    ]
    assert exported["calendar_feed"] == held.feed
    assert provider().find(Person(held.emails["guest"])) == []


def test_erase_leaves_nothing_through_any_channel(held):
    assert provider().erase(Person(held.emails["member"])) == 2
    transaction.commit()
    assert client(json=False).get(held.feed).status_code == 404
    data = http(held, "member").get("@my-notifications").json()
    assert data["feed"] is None
    assert data["groups"][0]["mode"] == "weekly"
    assert provider().export(Person(held.emails["member"])) == []


def test_a_deleted_user_is_forgotten(held):
    userid = held.users["member"]
    with api.env.adopt_roles(["Manager"]):
        api.user.delete(username=userid)
    transaction.commit()
    assert settings.record(userid) is None
    assert client(json=False).get(held.feed).status_code == 404


def test_purge_drops_what_deleted_accounts_left(held):
    userid = held.users["member"]
    # As if the account had gone before the deletion was followed.
    held.portal.acl_users.source_users.removeUser(userid)
    assert provider().purge(None, dry_run=True) == 1
    assert settings.record(userid) is not None
    assert provider().purge(None) == 1
    assert settings.record(userid) is None
