"""Kept group messages and date polls stay with their group: every persona, every channel."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import creating
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


READERS = ("guest", "member", "coordinator", "site_coordinator")
OTHERS = ("anonymous", "outsider", "other_group_member")


@pytest.fixture
def live(functional):
    s = build(functional["portal"])
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        s.message = sending.keep(
            s.group,
            s.users["coordinator"],
            f"Ordre du jour {SECRET}",
            f"Le texte {SECRET}",
            "all",
            3,
        )
        s.poll = creating.create_poll(
            s.group,
            {
                "title": f"Sondage {SECRET}",
                "dates": ["2027-03-18T14:00", "2027-03-25T14:00"],
                "online_url": "https://visio.example.org/secret",
            },
        )
        answers.answer(s.poll, s.users["member"], ["yes", "no"])
    transaction.commit()
    return s


def sees(persona):
    return persona in READERS


@pytest.mark.parametrize("persona", READERS + OTHERS)
def test_pages(live, persona):
    client = http(live, persona, json=False)
    for url in (
        f"{live.group.absolute_url()}/@@group-mail",
        live.message.absolute_url(),
        live.poll.absolute_url(),
        f"{live.poll.absolute_url()}/@@poll",
    ):
        response = client.get(url, allow_redirects=False)
        if sees(persona):
            assert response.status_code == 200, (persona, url)
            assert SECRET in response.text, (persona, url)
        else:
            assert response.status_code in (302, 401, 403, 404), (persona, url)
            assert SECRET not in response.text, (persona, url)


@pytest.mark.parametrize("persona", READERS + OTHERS)
def test_rest(live, persona):
    client = http(live, persona)
    group = live.group.absolute_url()
    for url in (
        f"{group}/@group-mail",
        f"{group}/@polls",
        f"{live.poll.absolute_url()}/@polls",
        live.message.absolute_url(),
        live.poll.absolute_url(),
    ):
        response = client.get(url)
        if sees(persona):
            assert response.status_code == 200, (persona, url)
            assert SECRET in response.text, (persona, url)
        else:
            assert response.status_code in (401, 403, 404), (persona, url)
            assert SECRET not in response.text, (persona, url)
    if sees(persona):
        people = client.get(f"{live.poll.absolute_url()}/@polls").json()["people"]
        assert [p["id"] for p in people] == [live.users["member"]]


@pytest.mark.parametrize("persona", READERS + OTHERS)
def test_search(live, persona):
    client = http(live, persona)
    for query in (
        {"SearchableText": SECRET, "portal_type": ["GroupMessage", "DatePoll"]},
        {"portal_type": "DatePoll", "poll_open": True},
        {"portal_type": "GroupMessage"},
    ):
        response = client.get("@search", params=query)
        assert response.status_code == 200
        found = {item["@id"] for item in response.json()["items"]}
        expected = {live.message.absolute_url(), live.poll.absolute_url()}
        if query.get("portal_type") == "DatePoll":
            expected = {live.poll.absolute_url()}
        elif query.get("portal_type") == "GroupMessage":
            expected = {live.message.absolute_url()}
        assert found == (expected if sees(persona) else set()), (persona, query)


@pytest.mark.parametrize("persona", OTHERS + ("guest",))
def test_writes_refused(live, smtp, persona):
    client = http(live, persona)
    group = live.group.absolute_url()
    poll = live.poll.absolute_url()
    assert client.post(
        f"{group}/@group-mail", json={"subject": "S", "text": "T", "to": "all"}
    ).status_code in (401, 403)
    assert client.post(
        f"{group}/@polls",
        json={"title": "T", "dates": ["2027-01-01T10:00", "2027-01-02T10:00"]},
    ).status_code in (401, 403)
    assert client.post(
        f"{poll}/@polls", json={"answers": ["yes", "yes"]}
    ).status_code in (
        401,
        403,
    )
    assert client.post(
        f"{poll}/@polls/close", json={"date": "2027-03-18T14:00"}
    ).status_code in (401, 403)
    transaction.begin()
    portal = live.portal
    catalog = portal.portal_catalog
    assert len(catalog.unrestrictedSearchResults(portal_type="GroupMessage")) == 1
    assert len(catalog.unrestrictedSearchResults(portal_type="DatePoll")) == 1
    assert api.content.get_state(live.poll) == "open"
    assert list(answers.all_answers(live.poll)) == [live.users["member"]]
    assert smtp.messages == []


def test_member_cannot_edit_or_delete_the_kept_message(live):
    client = http(live, "member")
    url = live.message.absolute_url()
    assert client.patch(url, json={"title": "Changé"}).status_code in (401, 403)
    assert client.delete(url).status_code in (401, 403)
    assert client.patch(
        live.poll.absolute_url(), json={"title": "Changé"}
    ).status_code in (
        401,
        403,
    )
    assert SECRET in http(live, "guest").get(url).json()["title"]
