"""Rosters and join requests in the register: find, export, erase, purge, then every channel."""

from datetime import timedelta
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.pas import get_plugin
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


MESSAGE = "Je suis Zébulon Tartempion, restaurateur de moulins."
REASON = "Refus motivé pour Zébulon Tartempion."


@pytest.fixture
def s(functional):
    scenario = build(functional["portal"])
    transaction.commit()
    return scenario


def person(s, persona):
    return Person(s.emails[persona], s.users[persona])


def ask_and_reject(s):
    group_url = s.group.absolute_url()
    asked = http(s, "outsider").post(
        f"{group_url}/@join-requests", json={"message": MESSAGE, "consent": True}
    )
    assert asked.status_code == 201, asked.text
    request_id = asked.json()["id"]
    rejected = http(s, "coordinator").post(
        f"{group_url}/@join-requests/{request_id}/reject", json={"reason": REASON}
    )
    assert rejected.status_code == 200, rejected.text
    transaction.begin()
    return request_id


def requests_seen(s) -> str:
    answer = http(s, "coordinator").get(f"{s.group.absolute_url()}/@join-requests")
    assert answer.status_code == 200
    return answer.text


def test_the_providers_are_registered():
    names = providers()
    assert names["rosters"].stores == ("annotation:polepatrimoine.workinggroup.roster",)
    assert names["join_requests"].stores == (
        "annotation:polepatrimoine.workinggroup.join_requests",
    )


def test_roster_find_export_erase(s):
    rosters = providers()["rosters"]
    member = person(s, "member")
    # By address alone: the provider finds the account behind it.
    assert rosters.find(Person(s.emails["member"])) == rosters.find(member)
    assert [item["title"] for item in rosters.find(member)] == ["Groupe test"]
    assert rosters.export(member) == [
        {
            "group": "Groupe test",
            "url": s.group.absolute_url(),
            "UID": s.group.UID(),
            "user": s.users["member"],
            "role": "member",
        }
    ]
    assert rosters.erase(member) == 1
    transaction.commit()

    listed = http(s, "site_coordinator").get(f"{s.group.absolute_url()}/@members")
    ids = [item["id"] for item in listed.json()["items"]]
    assert s.users["member"] not in ids
    assert s.emails["member"] not in listed.text
    assert s.users["guest"] in ids  # the others stay
    mine = http(s, "member").get("@my-working-groups")
    assert mine.json()["items"] == []
    internal = http(s, "member").get(s.internal.absolute_url())
    assert internal.status_code in (401, 403)
    transaction.begin()
    assert get_plugin().memberships(s.users["member"]) == {}
    assert rosters.find(member) == []
    assert rosters.purge(s.group.created().asdatetime() + timedelta(days=3650)) == 0


def test_erasing_the_last_coordinator_leaves_the_group_without_one(s):
    rosters = providers()["rosters"]
    assert membership.coordinators(s.group) == [s.users["coordinator"]]
    assert rosters.erase(person(s, "coordinator")) == 1
    transaction.commit()
    listed = http(s, "site_coordinator").get(f"{s.group.absolute_url()}/@members")
    assert [item["role"] for item in listed.json()["items"]].count("coordinator") == 0
    assert sorted(item["id"] for item in listed.json()["items"]) == sorted(
        [s.users["guest"], s.users["member"]]
    )
    # The network's coordinators name the next one.
    named = http(s, "site_coordinator").patch(
        f"{s.group.absolute_url()}/@members/{s.users['member']}",
        json={"role": "coordinator"},
    )
    assert named.status_code == 200, named.text


def test_join_request_find_export_erase(s):
    request_id = ask_and_reject(s)
    provider = providers()["join_requests"]
    outsider = person(s, "outsider")
    found = provider.find(outsider)
    assert [item["title"] for item in found] == ["Groupe test"]
    exported = provider.export(outsider)
    assert exported[0]["message"] == MESSAGE
    assert exported[0]["reason"] == REASON
    assert exported[0]["state"] == "rejected"
    assert provider.find(person(s, "guest")) == []

    assert provider.erase(outsider) == 1
    transaction.commit()
    seen = requests_seen(s)
    assert "Tartempion" not in seen
    assert request_id not in seen
    assert s.emails["outsider"] not in seen
    transaction.begin()
    assert joinrequests.get(s.group, request_id) is None
    # The person may ask again: nothing of the erased request stands in the way.
    again = http(s, "outsider").post(
        f"{s.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert again.status_code == 201, again.text


def test_join_request_messages_expire_after_the_decision(s):
    request_id = ask_and_reject(s)
    pending = http(s, "guest").post(
        f"{s.other.absolute_url()}/@join-requests",
        json={"message": "Message en attente de Zébulon", "consent": True},
    )
    assert pending.status_code == 201
    transaction.begin()
    provider = providers()["join_requests"]
    decided = joinrequests.get(s.group, request_id).decided.asdatetime()

    assert provider.purge(decided + timedelta(days=5 * 31)) == 0
    assert provider.purge(decided + timedelta(days=7 * 31), dry_run=True) == 1
    transaction.commit()
    assert "Tartempion" in requests_seen(s)  # a dry run writes nothing

    transaction.begin()
    assert provider.purge(decided + timedelta(days=7 * 31)) == 1
    transaction.commit()
    answer = http(s, "coordinator").get(f"{s.group.absolute_url()}/@join-requests")
    (item,) = answer.json()["items"]
    assert (item["id"], item["state"], item["message"], item["reason"]) == (
        request_id,
        "rejected",
        "",
        "",
    )
    assert item["decided"]
    assert item["decided_by"] == s.users["coordinator"]
    # A request not decided yet keeps its message, whatever its age.
    other = http(s, "other_group_member").get(
        f"{s.other.absolute_url()}/@join-requests"
    )
    assert other.json()["items"][0]["message"] == "Message en attente de Zébulon"
    transaction.begin()
    assert provider.purge(decided + timedelta(days=7 * 31)) == 0
