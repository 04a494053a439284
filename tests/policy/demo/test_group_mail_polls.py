"""The demo's kept group message and answered date poll in each working group."""

from plone import api
from polepatrimoine.policy.demo import group_mail_polls
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import serialize
from tests.fixtures.http import client

import pytz


def groups(portal):
    return [
        g
        for g in portal["groupes-de-travail"].objectValues()
        if g.portal_type == "WorkingGroup"
    ]


def test_each_group_has_a_message_and_an_answered_poll(portal):
    assert len(groups(portal)) == 4
    for group in groups(portal):
        (message,) = api.content.find(
            context=group, portal_type="GroupMessage", unrestricted=True
        )
        assert message.Title == group_mail_polls.SUBJECT
        assert message._unrestrictedGetObject().sender
        (brain,) = api.content.find(
            context=group, portal_type="DatePoll", poll_open=True, unrestricted=True
        )
        poll = brain._unrestrictedGetObject()
        assert len(brain.poll_dates) == 3
        assert all(
            d.endswith("T14:00:00+01:00") or d.endswith("T14:00:00+02:00")
            for d in brain.poll_dates
        )
        table = answers.results(poll)
        assert len(table["people"]) >= 1
        assert serialize.summary(brain)["open"] is True
        assert poll.online_url.startswith("https://visio.example.org/")


def test_demo_is_idempotent(portal):
    before = len(
        api.content.find(portal_type=["GroupMessage", "DatePoll"], unrestricted=True)
    )
    group_mail_polls.create(portal)
    assert (
        len(
            api.content.find(
                portal_type=["GroupMessage", "DatePoll"], unrestricted=True
            )
        )
        == before
        == 8
    )


def test_dates_are_thursdays_in_paris():
    dates = group_mail_polls.candidate_dates()
    assert [d.weekday() for d in dates] == [3, 3, 3]
    assert all(d.tzinfo.zone == pytz.timezone("Europe/Paris").zone for d in dates)
    assert all((d.hour, d.minute) == (14, 0) for d in dates)


def test_the_message_is_in_the_stream(functional):
    """Each demo group's stream shows its message sent by its coordinator, once."""
    portal = functional["portal"]
    for group in groups(portal):
        (brain,) = api.content.find(
            context=group, portal_type="GroupMessage", unrestricted=True
        )
        message = brain._unrestrictedGetObject()
        response = client(portal.absolute_url(), admin=True).get(
            f"{group.absolute_url()}/@activity", params={"kind": "mail,added"}
        )
        assert response.status_code == 200, response.text
        items = [
            i for i in response.json()["items"] if i["url"] == message.absolute_url()
        ]
        assert [i["kind"] for i in items] == ["mail"], group.getId()
        assert items[0]["actor"]["id"] == message.sender
        assert items[0]["details"]["to"] == "all"
