"""CSV exports, the applications dashboard and REST give Paris time (ISO with its offset in JSON)."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from tests.content.dates.instants import SUMMER
from tests.content.dates.instants import SUMMER_ISO
from tests.content.dates.instants import SUMMER_TEXT
from tests.content.dates.instants import WINTER
from tests.content.dates.instants import WINTER_ISO
from tests.content.dates.instants import WINTER_TEXT
from tests.content.dates.instants import registered_at
from tests.content.dates.instants import submitted_at
from tests.content.meetings.helpers import TZ
from tests.content.meetings.helpers import make_event
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.fixtures.http import client
from tests.services.calls_http import as_user
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register

import csv
import io
import pytest
import transaction


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/csv")
    return list(
        csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )


def world_portal(call_url: str) -> str:
    return call_url.rsplit("/accompagnement/", 1)[0]


@pytest.fixture
def dated_apps(world):
    winter = move_to(make_application(world.call, "applicant", "hiver"), "submitted")
    summer = move_to(
        make_application(world.call, "other", "ete", structure_name="Atelier d'été"),
        "submitted",
        owner="other",
    )
    submitted_at(winter, WINTER)
    submitted_at(summer, SUMMER)
    transaction.commit()
    return world.call.absolute_url()


def test_applications_export_shows_the_paris_hour(dated_apps):
    rows = csv_rows(as_user("coordinator").get(f"{dated_apps}/@applications-export"))
    by_name = {row["Structure"]: row["Déposée le"] for row in rows}
    assert by_name == {
        "Atelier du patrimoine": WINTER_TEXT,
        "Atelier d'été": SUMMER_TEXT,
    }
    page = as_user("coordinator", json=False).get(f"{dated_apps}/@@applications-export")
    assert csv_rows(page) == rows


def test_applications_dashboard_and_rest_in_paris_time(dated_apps):
    html = as_user("coordinator", json=False).get(f"{dated_apps}/@@applications").text
    assert WINTER_TEXT in html
    assert SUMMER_TEXT in html
    assert "30/11/2026 12:54" not in html
    items = as_user("coordinator").get(f"{dated_apps}/@applications").json()["items"]
    by_id = {item["id"]: item for item in items}
    assert by_id["hiver"]["submitted_on"] == WINTER_ISO
    assert by_id["hiver"]["submitted_on_display"] == WINTER_TEXT
    assert by_id["ete"]["submitted_on"] == SUMMER_ISO
    mine = (
        as_user("applicant").get(f"{world_portal(dated_apps)}/@my-applications").json()
    )
    [own] = [i for i in mine["items"] if i["@id"].endswith("/hiver")]
    assert own["submitted_on"] == WINTER_ISO


def test_history_of_an_application_in_paris_time(dated_apps):
    html = as_user("coordinator", json=False).get(f"{dated_apps}/hiver").text
    assert WINTER_TEXT in html


@pytest.fixture
def dated_registrations(functional, smtp):
    event = make_event(functional["portal"]["agenda"], capacity=10)
    for n in (1, 2):
        assert register(event.absolute_url(), person(n)).status_code == 202
    transaction.begin()
    registered_at(event, "personne1@exemple.fr", WINTER)
    registered_at(event, "personne2@exemple.fr", SUMMER)
    transaction.commit()
    return event.absolute_url()


def test_registrations_export_and_rest_in_paris_time(dated_registrations):
    url = dated_registrations
    rows = csv_rows(client(admin=True).get(f"{url}/@registrations-export"))
    assert {row["Courriel"]: row["Inscription"] for row in rows} == {
        "personne1@exemple.fr": WINTER_TEXT,
        "personne2@exemple.fr": SUMMER_TEXT,
    }
    same = client(admin=True, json=False).get(f"{url}/@@registrations.csv")
    assert csv_rows(same) == rows
    items = client(admin=True).get(f"{url}/@registrations").json()["items"]
    created = {item["email"]: item["created"] for item in items}
    assert created == {
        "personne1@exemple.fr": WINTER_ISO,
        "personne2@exemple.fr": SUMMER_ISO,
    }
    # A pending registration's deadline is written with the offset of its own day.
    assert all(item["expires"][-6:] in ("+01:00", "+02:00") for item in items)


@pytest.mark.parametrize(
    ("start", "line"),
    [
        (
            datetime(2027, 1, 14, 8, 0, tzinfo=UTC),
            "DTSTART;TZID=Europe/Paris:20270114T090000",
        ),
        (
            datetime(2027, 7, 1, 8, 0, tzinfo=UTC),
            "DTSTART;TZID=Europe/Paris:20270701T100000",
        ),
    ],
)
def test_icalendar_names_the_paris_zone(functional, start, line):
    event = make_event(
        functional["portal"]["agenda"],
        obj_id=f"ical-{start:%m}",
        start=start.astimezone(TZ),
        end=start.astimezone(TZ) + timedelta(hours=2),
    )
    for url in (
        f"{event.absolute_url()}/ics_view",
        f"{functional['portal'].absolute_url()}/agenda/@@agenda.ics",
    ):
        body = client(json=False).get(url).text
        assert line in body, url
        assert "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris" in body
