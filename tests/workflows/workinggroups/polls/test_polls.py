"""Date polls over REST and in the page: proposing, answering, results, closing into a meeting."""

from datetime import datetime
from plone import api
from polepatrimoine.workflows.workinggroups.activity import store as activity
from tests.workflows.workinggroups.scenario import http

import icalendar
import pytest
import pytz
import re
import transaction


PARIS = pytz.timezone("Europe/Paris")
DATES = ["2027-03-18T14:00", "2027-03-25T09:30:00+01:00", "2027-04-01T14:00"]
POLL = {
    "title": "Réunion de printemps",
    "description": "Bilan et programme.",
    "dates": DATES,
    "location": "Angers, Maison des associations",
    "online_url": "https://visio.example.org/printemps",
    "duration": 90,
}


def create(live, persona="coordinator", **changes):
    return http(live, persona).post(
        f"{live.group.absolute_url()}/@polls", json={**POLL, **changes}
    )


@pytest.fixture
def poll_url(live):
    response = create(live)
    assert response.status_code == 201, response.text
    return response.json()["@id"]


def answer(live, persona, poll_url, answers):
    return http(live, persona).post(f"{poll_url}/@polls", json={"answers": answers})


def test_create_in_paris_time(live, poll_url):
    data = http(live, "member").get(f"{poll_url}/@polls").json()
    assert data["dates"] == [
        "2027-03-18T14:00:00+01:00",
        "2027-03-25T09:30:00+01:00",
        "2027-04-01T14:00:00+02:00",
    ]
    assert data["open"] is True
    assert data["can_answer"] is True
    assert data["can_close"] is False
    assert data["my_answers"] is None
    listing = http(live, "guest").get(f"{live.group.absolute_url()}/@polls").json()
    assert [(i["title"], i["open"]) for i in listing["items"]] == [
        ("Réunion de printemps", True)
    ]
    assert listing["items"][0]["dates"] == data["dates"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"dates": ["2027-03-18T14:00"]}, "dates"),
        ({"dates": [f"2027-03-{d:02d}T14:00" for d in range(1, 22)]}, "dates"),
        ({"dates": ["2027-03-18T14:00", "demain"]}, "dates"),
        ({"dates": ["2027-03-18T14:00", "2027-03-18T13:00:00Z"]}, "dates"),
        ({"dates": "2027-03-18T14:00"}, "dates"),
        ({"title": " "}, "title"),
        ({"online_url": "javascript:alert(1)"}, "online_url"),
        ({"duration": 5}, "duration"),
    ],
)
def test_create_bad_input(live, changes, field):
    response = create(live, **changes)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field
    listing = http(live, "coordinator").get(f"{live.group.absolute_url()}/@polls")
    assert listing.json()["items"] == []


@pytest.mark.parametrize("persona", ["member", "guest", "outsider", "anonymous"])
def test_create_refused(live, persona):
    assert create(live, persona).status_code in (401, 403)
    listing = http(live, "coordinator").get(f"{live.group.absolute_url()}/@polls")
    assert listing.json()["items"] == []


def test_answer_change_and_results(live, poll_url):
    assert answer(live, "member", poll_url, ["yes", "no", "maybe"]).ok
    response = answer(live, "coordinator", poll_url, ["yes", "maybe", "no"])
    assert response.status_code == 200, response.text
    assert response.json()["my_answers"] == ["yes", "maybe", "no"]
    # The member changes their mind.
    changed = answer(live, "member", poll_url, ["no", "yes", "yes"])
    assert changed.json()["my_answers"] == ["no", "yes", "yes"]
    data = http(live, "guest").get(f"{poll_url}/@polls").json()
    assert data["counts"] == [
        {"yes": 1, "no": 1, "maybe": 0},
        {"yes": 1, "no": 0, "maybe": 1},
        {"yes": 1, "no": 1, "maybe": 0},
    ]
    assert [(p["fullname"], p["answers"]) for p in data["people"]] == [
        ("Coordinator", ["yes", "maybe", "no"]),
        ("Member", ["no", "yes", "yes"]),
    ]
    assert data["can_answer"] is False


@pytest.mark.parametrize(
    "answers",
    [
        ["yes", "no"],
        ["yes", "no", "peut-être"],
        "yes",
        None,
        ["yes", "no", "maybe", "no"],
    ],
)
def test_answer_bad_input(live, poll_url, answers):
    response = answer(live, "member", poll_url, answers)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == "answers"
    assert http(live, "member").get(f"{poll_url}/@polls").json()["people"] == []


def test_guest_reads_but_does_not_answer(live, poll_url):
    response = answer(live, "guest", poll_url, ["yes", "yes", "yes"])
    assert response.status_code == 403
    assert (
        "Seuls les membres et les coordinateurs" in response.json()["error"]["message"]
    )
    assert http(live, "guest").get(f"{poll_url}/@polls").json()["people"] == []


def authenticator(html: str) -> str:
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def test_answer_in_the_page(live, poll_url):
    session = http(live, "member", json=False)
    page = session.get(poll_url)
    assert page.status_code == 200
    assert "Le sondage est ouvert." in page.text
    assert "18/03/2027 14:00" in page.text
    assert "Clore et créer la réunion" not in page.text
    form = {
        "_authenticator": authenticator(page.text),
        "action": "answer",
        "answer-0": "yes",
        "answer-1": "maybe",
        "answer-2": "no",
    }
    saved = session.post(f"{poll_url}/@@poll", data=form)
    assert "Vos réponses sont enregistrées." in saved.text
    assert http(live, "member").get(f"{poll_url}/@polls").json()["my_answers"] == [
        "yes",
        "maybe",
        "no",
    ]
    # A missing answer: a French error, the stored answers unchanged.
    del form["answer-2"]
    form["answer-0"] = "no"
    refused = session.post(f"{poll_url}/@@poll", data=form)
    assert refused.status_code == 400
    assert "Donnez une réponse par date proposée (3)" in refused.text
    assert http(live, "member").get(f"{poll_url}/@polls").json()["my_answers"] == [
        "yes",
        "maybe",
        "no",
    ]
    table = http(live, "guest", json=False).get(poll_url).text
    assert "Si nécessaire" in table
    assert 'name="answer-0"' not in table


def test_close_creates_the_meeting_and_invites(live, smtp, poll_url):
    answer(live, "member", poll_url, ["no", "yes", "maybe"])
    refused = http(live, "member").post(
        f"{poll_url}/@polls/close", json={"date": "2027-03-25T09:30:00+01:00"}
    )
    assert refused.status_code == 403
    bad = http(live, "coordinator").post(
        f"{poll_url}/@polls/close", json={"date": "2027-03-26T09:30:00+01:00"}
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["field"] == "date"
    assert smtp.messages == []

    response = http(live, "coordinator").post(
        f"{poll_url}/@polls/close", json={"date": "2027-03-25T08:30:00Z"}
    )
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["open"] is False
    assert data["chosen_date"] == "2027-03-25T09:30:00+01:00"
    meeting = http(live, "member").get(data["meeting"]).json()
    assert meeting["@type"] == "Event"
    assert meeting["title"] == "Réunion de printemps"
    assert meeting["start"].startswith("2027-03-25T08:30")
    assert meeting["end"].startswith("2027-03-25T10:00")
    assert meeting["online_url"] == "https://visio.example.org/printemps"
    assert meeting["meeting_format"]["token"] == "rencontre"
    assert meeting["review_state"] == "internal"
    assert meeting["parent"]["@id"] == live.group.absolute_url()

    messages = smtp.wait(3)
    assert sorted(m["X-Envelope-To"] for m in messages) == [
        "coordinator@example.org",
        "guest@example.org",
        "member@example.org",
    ]
    message = messages[0]
    assert (
        message["Subject"] == "[Groupe test] Prochaine réunion : Réunion de printemps"
    )
    assert "coordinator@example.org" in message["Reply-To"]
    text = message.get_body(("plain",)).get_content()
    assert "Quand : 25/03/2027 09:30–11:00 (heure de Paris)" in text
    (part,) = [
        p for p in message.iter_attachments() if p.get_filename() == "invitation.ics"
    ]
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "REQUEST"
    calendar = icalendar.Calendar.from_ical(part.get_content())
    assert calendar["METHOD"] == "REQUEST"
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start == PARIS.localize(datetime(2027, 3, 25, 9, 30))
    assert str(start.tzinfo) == "Europe/Paris"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert str(vevent["CONFERENCE"]) == "https://visio.example.org/printemps"
    assert str(vevent["ORGANIZER"]) == "mailto:coordinator@example.org"

    # Closed: nobody answers any more, nobody closes it again.
    late = answer(live, "member", poll_url, ["yes", "yes", "yes"])
    assert late.status_code in (403, 409)
    again = http(live, "coordinator").post(
        f"{poll_url}/@polls/close", json={"date": "2027-03-18T14:00"}
    )
    assert again.status_code == 403
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    group_path = "/".join(live.group.getPhysicalPath())
    assert (
        len(
            catalog.unrestrictedSearchResults(
                portal_type="DatePoll", poll_open=True, path=group_path
            )
        )
        == 0
    )
    assert (
        len(
            catalog.unrestrictedSearchResults(
                portal_type="DatePoll", poll_open=False, path=group_path
            )
        )
        == 1
    )
    kinds = [
        e.details.get("action") for e in activity.entries(live.group, kinds=("poll",))
    ]
    assert kinds == ["closed", "opened"]


def test_close_in_the_page(live, smtp, poll_url):
    answer(live, "member", poll_url, ["no", "no", "yes"])
    session = http(live, "coordinator", json=False)
    page = session.get(poll_url)
    assert "Clore et créer la réunion" in page.text
    # The date with most "yes" is offered first.
    assert re.search(
        r'<option[^>]*value="2027-04-01T14:00:00\+02:00"[^>]*selected', page.text
    )
    closed = session.post(
        f"{poll_url}/@@poll",
        data={
            "_authenticator": authenticator(page.text),
            "action": "close",
            "date": "2027-04-01T14:00:00+02:00",
        },
    )
    assert "Le sondage est clos et la réunion créée" in closed.text
    assert "Voir la réunion" in closed.text
    assert len(smtp.wait(3)) == 3
    data = http(live, "member").get(f"{poll_url}/@polls").json()
    assert data["chosen_date"] == "2027-04-01T14:00:00+02:00"


def test_add_form_for_coordinators_only(live):
    url = f"{live.group.absolute_url()}/++add++DatePoll"
    page = http(live, "coordinator", json=False).get(url)
    assert page.status_code == 200
    assert "Dates proposées" in page.text
    refused = http(live, "member", json=False).get(url, allow_redirects=False)
    # Plone's add view refuses a type the user may not add with a ValueError
    # (500) for every type, not only this one: no form either way.
    assert refused.status_code in (302, 401, 403, 500)
    assert "Dates proposées" not in refused.text
    space = http(live, "coordinator", json=False).get(
        f"{live.group.absolute_url()}/@@space"
    )
    assert "Proposer des dates" in space.text
    assert "Écrire au groupe" in space.text
    member_space = http(live, "member", json=False).get(
        f"{live.group.absolute_url()}/@@space"
    )
    assert "Proposer des dates" not in member_space.text
    assert "Messages envoyés au groupe" in member_space.text
