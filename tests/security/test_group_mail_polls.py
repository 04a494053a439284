"""Kept group messages and date polls stay with their group: every persona, every channel."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.notifications import digests
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import creating
from tests.security.browser_session import BrowserSession
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import icalendar
import json
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


def path(live) -> str:
    return "/".join(live.group.getPhysicalPath())


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
        if not sees(persona):
            # Nothing of any group: neither this one nor the demo's.
            assert found == set(), (persona, query)
        else:
            # Site coordinators also find the demo groups' messages and polls.
            mine = {url for url in found if url.startswith(live.group.absolute_url())}
            assert mine == expected, (persona, query)


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
    assert (
        len(
            catalog.unrestrictedSearchResults(
                portal_type="GroupMessage", path=path(live)
            )
        )
        == 1
    )
    assert (
        len(catalog.unrestrictedSearchResults(portal_type="DatePoll", path=path(live)))
        == 1
    )
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


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Type": "text/plain"},
        {"Content-Type": "application/json"},
        {"Content-Type": "application/json", "Origin": "https://evil.example"},
    ],
)
def test_forged_cookie_requests_are_refused(live, smtp, headers):
    group = live.group.absolute_url()
    poll = live.poll.absolute_url()
    coordinator = BrowserSession(live.portal.absolute_url(), live.emails["coordinator"])
    member = BrowserSession(live.portal.absolute_url(), live.emails["member"])
    mail = json.dumps({"subject": "Forgé", "text": "T", "to": "all"})
    assert (
        coordinator.request(
            "POST", f"{group}/@group-mail", data=mail, headers=headers
        ).status_code
        == 403
    )
    assert (
        coordinator.request(
            "POST",
            f"{poll}/@polls/close",
            data=json.dumps({"date": "2027-03-18T14:00"}),
            headers=headers,
        ).status_code
        == 403
    )
    assert (
        member.request(
            "POST",
            f"{poll}/@polls",
            data=json.dumps({"answers": ["no", "no"]}),
            headers=headers,
        ).status_code
        == 403
    )
    transaction.begin()
    catalog = live.portal.portal_catalog
    assert (
        len(
            catalog.unrestrictedSearchResults(
                portal_type="GroupMessage", path=path(live)
            )
        )
        == 1
    )
    assert api.content.get_state(live.poll) == "open"
    assert answers.mine(live.poll, live.users["member"]) == ["yes", "no"]
    assert smtp.messages == []
    # From the site's own page (its token), the same writes pass.
    token = {"Content-Type": "application/json", "X-CSRF-TOKEN": member.token}
    assert member.request(
        "POST",
        f"{poll}/@polls",
        data=json.dumps({"answers": ["no", "no"]}),
        headers=token,
    ).ok


def test_invitation_names_only_its_recipient(live, smtp):
    """Closing the poll mails each member alone: no member learns another's
    address (the coordinator, organizer and Reply-To, excepted)."""
    response = http(live, "coordinator").post(
        f"{live.poll.absolute_url()}/@polls/close", json={"date": "2027-03-18T14:00"}
    )
    assert response.status_code == 200, response.text
    messages = smtp.wait(3)
    members = ("guest", "member", "coordinator")
    assert sorted(m["X-Envelope-To"] for m in messages) == sorted(
        live.emails[p] for p in members
    )
    for message in messages:
        recipient = message["X-Envelope-To"]
        assert message["To"] == recipient
        (part,) = [
            p
            for p in message.iter_attachments()
            if p.get_filename() == "invitation.ics"
        ]
        (vevent,) = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
        attendees = vevent.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert [str(a) for a in attendees] == [f"mailto:{recipient}"]
        whole = message.as_string()
        for persona in ("guest", "member"):
            if live.emails[persona] != recipient:
                assert live.emails[persona] not in whole, (recipient, persona)


ROLE_ONLY = "Quibbleflux"  # the subject's word to find (JSON escapes accents)


def test_mail_to_one_role_stays_with_it(live, smtp):
    """A mail to the members is read by them and the coordinators only: the
    guest, who asked for every item, finds it through no channel."""
    for persona in ("guest", "member"):
        assert (
            http(live, persona)
            .patch("@my-notifications", json={"groups": {live.group.UID(): "each"}})
            .ok
        )
    response = http(live, "coordinator").post(
        f"{live.group.absolute_url()}/@group-mail",
        json={
            "subject": f"Réservé aux membres {ROLE_ONLY}",
            "text": "Pour les membres.",
            "to": "member",
        },
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    group = live.group.absolute_url()
    channels = (
        (url, True),
        (url, False),
        (f"{group}/@group-mail", True),
        (f"{group}/@@group-mail", False),
        (f"{group}/@@space", False),
        (f"{group}/@activity", True),
        (f"{group}/@@activity", False),
        (f"{live.portal.absolute_url()}/@search?SearchableText=Quibbleflux", True),
    )
    for persona in ("guest", "member", "coordinator", "site_coordinator"):
        for channel, as_json in channels:
            reply = http(live, persona, json=as_json).get(
                channel, allow_redirects=False
            )
            text = reply.text
            if "@search" in channel:  # its @id repeats the query
                text = json.dumps(reply.json()["items"])
            if persona == "guest":
                assert ROLE_ONLY not in text, (persona, channel)
            elif channel != f"{group}/@@space":
                assert reply.status_code == 200, (persona, channel)
                assert ROLE_ONLY in text, (persona, channel)
    # The mail itself and the every-item mails: the member only.
    smtp.wait(1)
    received = smtp.messages
    # (the member's are the mail and its every-item notice)
    assert {m["X-Envelope-To"] for m in received} == {live.emails["member"]}
    assert smtp.to(live.emails["guest"]) == []
    # Nor the weekly digest.
    for persona in ("guest", "member"):
        assert (
            http(live, persona)
            .patch("@my-notifications", json={"groups": {live.group.UID(): "weekly"}})
            .ok
        )
    transaction.begin()
    guest = digests.digest_for(live.users["guest"], digests.now())
    assert ROLE_ONLY not in repr(guest)
    member = digests.digest_for(live.users["member"], digests.now())
    assert ROLE_ONLY in repr(member)
