"""In Chromium set to New York and American English: the suite's dates stay French, in Paris time."""

from datetime import datetime
from datetime import timedelta
from plone import api
from tests.content.dates.instants import WINTER
from tests.content.dates.instants import WINTER_TEXT
from tests.content.dates.instants import submitted_at
from tests.content.meetings.helpers import in_days
from tests.fixtures.browser import LOCAL_HOSTS
from tests.fixtures.browser import login
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.fixtures.users import PASSWORD
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
import transaction


ENGLISH = (
    "AM",
    "PM",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


@pytest.fixture
def new_york(chromium):
    """A browser that would show its own zone and language if the pages let it."""
    context = chromium.new_context(locale="en-US", timezone_id="America/New_York")

    def route(route):
        host = urlsplit(route.request.url).hostname or ""
        if host in LOCAL_HOSTS or route.request.url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    yield context
    context.close()


def text(locator) -> str:
    return " ".join(locator.inner_text().split())


def page_of(context):
    page = context.new_page()
    page.set_default_timeout(20000)
    return page


def no_english(text: str) -> None:
    words = set(text.replace(",", " ").split())
    assert not words & set(ENGLISH), text


@pytest.fixture
def dated(world):
    portal = world.portal
    start = in_days(2, 14)
    with api.env.adopt_roles(["Manager"]):
        event = api.content.create(
            container=portal["agenda"],
            type="Event",
            id="rencontre-horaire",
            title="Rencontre horaire",
            start=start,
            end=start + timedelta(hours=3),
            location="Angers",
        )
        api.content.transition(obj=event, to_state="published")
        group = api.content.find(portal_type="WorkingGroup", sort_on="sortable_title")[
            0
        ].getObject()
        meeting_start = in_days(3, 9)
        api.content.create(
            container=group,
            type="Event",
            id="reunion-horaire",
            title="Réunion horaire",
            start=meeting_start,
            end=meeting_start + timedelta(hours=2),
        )
    application = move_to(
        make_application(
            world.call, "applicant", "horaire", structure_name="Atelier horaire"
        ),
        "submitted",
    )
    submitted_at(application, WINTER)
    transaction.commit()
    return {
        "portal_url": portal.absolute_url(),
        "event_url": event.absolute_url(),
        "day": start.strftime("%d/%m/%Y"),
        "meeting_day": meeting_start.strftime("%d/%m/%Y"),
        "group_url": group.absolute_url(),
        "call_url": world.call.absolute_url(),
    }


def test_visitor_pages_in_french_and_paris_time(dated, new_york):
    page = page_of(new_york)
    # The browser's own clock is six hours behind Paris: nothing here reads it.
    assert page.evaluate("new Date().getTimezoneOffset()") in (240, 300)
    # The home page has no portlet column; the site's other pages inherit the
    # root's events portlet.
    page.goto(f"{dated['portal_url']}/a-propos")
    portlet = text(page.locator(".portletEvents"))
    assert f"Rencontre horaire {dated['day']} 14:00 — Angers" in portlet
    assert "Europe/Paris" not in portlet
    no_english(portlet)

    page.goto(dated["event_url"])
    when = text(page.locator(".event-summary .event-when"))
    assert f"Le {dated['day']}, de 14:00 à 17:00" in when
    assert "(heure de Paris)" in when
    assert "UTC100" not in when
    no_english(when)

    page.goto(f"{dated['portal_url']}/agenda")
    upcoming = text(page.locator(".agenda-upcoming"))
    assert f"Rencontre horaire {dated['day']} à 14:00" in upcoming
    no_english(upcoming)


def test_dashboard_and_group_space_in_french_and_paris_time(dated, new_york):
    page = page_of(new_york)
    login(page, dated["portal_url"], "coordinator@exemple.fr", PASSWORD)
    page.goto(f"{dated['call_url']}/@@applications")
    row_text = text(page.locator("tr", has_text="Atelier horaire").first)
    # Submitted at 12:54 UTC, 07:54 in New York: the dashboard says 13:54.
    assert WINTER_TEXT in row_text
    no_english(row_text)

    page.goto(f"{dated['group_url']}/@@space")
    meetings = text(page.locator(".upcoming-meetings"))
    assert f"Réunion horaire {dated['meeting_day']} à 09:00" in meetings
    changes = text(page.locator(".recent-changes"))
    today = datetime.now(ZoneInfo("Europe/Paris")).strftime("%d/%m/%Y")
    assert f"Réunion horaire {today}" in changes
    no_english(meetings + changes)
