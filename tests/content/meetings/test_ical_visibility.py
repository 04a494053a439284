"""iCalendar exports, parsed back, and the visibility of a group's internal meetings.

Internal meetings are tested as a private event inside a folder, and as a real
working group's meeting (internal in the workspace workflow).
"""

from plone import api
from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client

import icalendar
import pytest


ONLINE = "https://visio.exemple.fr/connexions"


@pytest.fixture
def events(functional):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        group = api.content.create(
            container=portal["groupes-de-travail"],
            type="Folder",
            id="espace",
            title="Espace du groupe",
        )
        api.content.transition(obj=group, to_state="published")
    public = make_event(
        portal["agenda"],
        obj_id="connexions",
        title="Journée ConneXionS hybride",
        meeting_format="connexions",
        online_url=ONLINE,
        commit=False,
    )
    internal = make_event(
        group,
        obj_id="interne",
        title="Réunion interne du groupe",
        publish=False,
        online_url="https://visio.exemple.fr/interne",
        commit=False,
    )
    group_public = make_event(group, obj_id="ouverte", title="Visite ouverte du groupe")
    return {
        "public": public,
        "internal": internal,
        "group_public": group_public,
        "group": group,
    }


def calendar(response):
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def section(html, css_class):
    return html.split(f'class="{css_class}')[1].split("</ul>")[0]


def summaries(cal):
    return {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}


def test_event_ics_carries_the_online_url(events):
    cal = calendar(
        client(json=False).get(f"{events['public'].absolute_url()}/ics_view")
    )
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Journée ConneXionS hybride"
    assert str(vevent["CONFERENCE"]) == ONLINE
    assert vevent["CONFERENCE"].params["FEATURE"] == "VIDEO"
    assert ONLINE in str(vevent["DESCRIPTION"])
    assert str(vevent["LOCATION"]) == "Nantes"
    assert vevent.decoded("DTSTART") == events["public"].start


@pytest.mark.parametrize("admin", [False, True])
def test_agenda_feed_is_public_only(events, admin):
    url = f"{events['public'].aq_parent.absolute_url()}/@@agenda.ics"
    cal = calendar(client(admin=admin, json=False).get(url))
    found = summaries(cal)
    assert {"Journée ConneXionS hybride", "Visite ouverte du groupe"} <= found
    assert "Réunion interne du groupe" not in found
    assert b"visio.exemple.fr/interne" not in cal.to_ical()


def test_group_feed(events):
    url = f"{events['group'].absolute_url()}/ics_view"
    assert summaries(calendar(client(json=False).get(url))) == {
        "Visite ouverte du groupe"
    }
    members = summaries(calendar(client(admin=True, json=False).get(url)))
    assert members == {"Visite ouverte du groupe", "Réunion interne du groupe"}


def test_internal_meeting_hidden_from_anonymous(events):
    internal = events["internal"].absolute_url()
    page, rest = client(json=False), client()
    assert page.get(internal, allow_redirects=False).status_code in (302, 401)
    assert rest.get(internal).status_code == 401
    assert page.get(f"{internal}/ics_view", allow_redirects=False).status_code in (
        302,
        401,
    )
    search = rest.get(
        f"{events['group'].absolute_url()}/../@search",
        params={"SearchableText": "Réunion interne", "portal_type": "Event"},
    ).json()
    assert search["items_total"] == 0
    agenda = page.get(f"{events['public'].aq_parent.absolute_url()}/@@agenda").text
    assert "Réunion interne du groupe" not in agenda
    assert "Journée ConneXionS hybride" in agenda
    listing = rest.get(events["group"].absolute_url()).json()
    assert [i["title"] for i in listing["items"]] == ["Visite ouverte du groupe"]
    admin = (
        client(admin=True)
        .get(
            f"{events['group'].absolute_url()}/../@search",
            params={"SearchableText": "Réunion interne", "portal_type": "Event"},
        )
        .json()
    )
    assert admin["items_total"] == 1


def test_agenda_filters_by_format(events):
    base = f"{events['public'].aq_parent.absolute_url()}/@@agenda"
    html = client(json=False).get(base, params={"format": "connexions"}).text
    upcoming = section(html, "agenda-upcoming")
    assert "Journée ConneXionS hybride" in upcoming
    assert "Visite ouverte du groupe" not in upcoming
    html = client(json=False).get(base, params={"format": "rencontre"}).text
    upcoming = section(html, "agenda-upcoming")
    assert "Visite ouverte du groupe" in upcoming
    assert "Journée ConneXionS hybride" not in upcoming


def test_event_page_shows_registration_form(events):
    html = client(json=False).get(events["public"].absolute_url()).text
    assert "Places restantes" in html
    assert 'name="website"' in html
    assert "@@meeting-registration" in html
    assert "Liste des inscriptions" not in html
    past = make_event(
        events["group"], obj_id="passee", start=in_days(-3), end=in_days(-3, 17)
    )
    assert (
        "Les inscriptions sont closes."
        in client(json=False).get(past.absolute_url()).text
    )


def test_a_working_groups_meeting_stays_in_its_group(functional):
    """The demo groups' quarterly meetings are internal: in the group's feed for
    its members, in no public feed."""
    portal = functional["portal"]
    group = portal["groupes-de-travail"]["patrimoine-industriel-et-technique"]
    meeting = group["prochaine-reunion"]
    assert api.content.get_state(meeting) == "internal"
    agenda_url = f"{portal['agenda'].absolute_url()}/@@agenda.ics"
    admin = client(admin=True, json=False)
    agenda = calendar(admin.get(agenda_url))
    assert meeting.title not in summaries(agenda)
    outsider = client(json=False).get(f"{group.absolute_url()}/ics_view")
    assert meeting.title not in outsider.text
    inside = calendar(admin.get(f"{group.absolute_url()}/ics_view"))
    assert meeting.title in summaries(inside)
