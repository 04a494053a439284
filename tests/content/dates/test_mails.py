"""Mails state Paris time, whatever the zone an event was entered in (real SMTP server)."""

from plone.event.interfaces import IEventAccessor
from tests.content.meetings.helpers import make_event
from tests.services.registrations.helpers import confirm
from tests.services.registrations.helpers import confirm_link
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from zoneinfo import ZoneInfo

import datetime
import re


UTC = datetime.UTC


def test_confirmation_mail_gives_the_paris_hour_of_a_summer_event(functional, smtp):
    # Entered in UTC: 08:00 UTC on 1 July 2027 is 10:00 in Paris.
    event = make_event(
        functional["portal"]["agenda"],
        obj_id="ete-utc",
        start=datetime.datetime(2027, 7, 1, 8, 0, tzinfo=UTC),
        end=datetime.datetime(2027, 7, 1, 12, 0, tzinfo=UTC),
    )
    assert IEventAccessor(event).start.utcoffset() == datetime.timedelta(0)
    url = event.absolute_url()
    assert register(url, person(1)).status_code == 202
    (pending,) = smtp.wait(1)
    body = pending.get_content()
    assert "Date : 01/07/2027 10:00" in body
    assert "08:00" not in body
    # The deadline of the held place, in Paris time too: as @registrations
    # writes it, with the Paris offset of its day.
    [item] = listing(url).json()["items"]
    expires = datetime.datetime.fromisoformat(item["expires"])
    assert expires.utcoffset() == ZoneInfo("Europe/Paris").utcoffset(expires)
    held = re.search(r"jusqu'au (\d\d/\d\d/\d{4} \d\d:\d\d)", body).group(1)
    assert held == expires.strftime("%d/%m/%Y %H:%M")
    smtp.clear()
    assert confirm(url, confirm_link(pending).group(2)).status_code == 200
    (confirmed,) = smtp.wait(1)
    assert "Date : 01/07/2027 10:00" in confirmed.get_content()
