"""Personal data of group mail and date polls: find, export, erase, then every channel read again."""

from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


@pytest.fixture
def s(functional, smtp):
    scenario = build(functional["portal"])
    transaction.commit()
    group_url = scenario.group.absolute_url()
    sent = http(scenario, "coordinator").post(
        f"{group_url}/@group-mail", json={"subject": "Ordre du jour", "text": "T"}
    )
    assert sent.status_code == 201, sent.text
    scenario.message_url = sent.json()["@id"]
    poll = http(scenario, "coordinator").post(
        f"{group_url}/@polls",
        json={"title": "Date", "dates": ["2027-01-07T14:00", "2027-01-14T14:00"]},
    )
    scenario.poll_url = poll.json()["@id"]
    for persona in ("member", "coordinator"):
        answered = http(scenario, persona).post(
            f"{scenario.poll_url}/@polls", json={"answers": ["yes", "maybe"]}
        )
        assert answered.status_code == 200, answered.text
    transaction.begin()
    return scenario


def person(s, persona):
    return Person(s.emails[persona], s.users[persona])


def test_poll_answers(s):
    provider = providers()["poll_answers"]
    member = person(s, "member")
    assert [r["url"] for r in provider.find(member)] == [s.poll_url]
    (exported,) = provider.export(member)
    assert exported["user"] == s.users["member"]
    assert sorted(exported["answers"].values()) == ["maybe", "yes"]
    assert provider.find(person(s, "guest")) == []
    assert provider.erase(member) == 1
    assert provider.purge(None) == 0
    transaction.commit()
    people = http(s, "guest").get(f"{s.poll_url}/@polls").json()["people"]
    assert [p["id"] for p in people] == [s.users["coordinator"]]
    assert http(s, "member").get(f"{s.poll_url}/@polls").json()["my_answers"] is None


def test_group_messages(s):
    provider = providers()["group_messages"]
    coordinator = person(s, "coordinator")
    assert [r["url"] for r in provider.find(coordinator)] == [s.message_url]
    (exported,) = provider.export(coordinator)
    assert (exported["sender"], exported["to"]) == (s.users["coordinator"], "all")
    assert provider.find(person(s, "member")) == []
    assert provider.erase(coordinator) == 1
    transaction.commit()
    assert provider.find(coordinator) == []
    (item,) = (
        http(s, "member").get(f"{s.group.absolute_url()}/@group-mail").json()["items"]
    )
    assert item["sender"] is None
    assert item["subject"] == "Ordre du jour"
    page = http(s, "member", json=False).get(s.message_url).text
    assert "Coordinator" not in page.split('id="content"')[-1]
