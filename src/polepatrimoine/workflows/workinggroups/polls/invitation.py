"""The iCalendar invitation (``METHOD:REQUEST``) mailed when a poll becomes a meeting."""

from datetime import datetime
from datetime import timedelta
from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.workinggroups.indexers import PARIS
from urllib.parse import urlsplit

import icalendar
import pytz


MIMETYPE = "text/calendar; method=REQUEST"


def invitation(event, organizer: str | None, attendees) -> bytes:
    """A calendar holding the meeting, to accept in a mail client."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Pôle Patrimoine//polepatrimoine//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    vevent = icalendar.Event()
    host = urlsplit(api.portal.get().absolute_url()).hostname or "localhost"
    vevent.add("uid", f"{event.UID()}@{host}")
    vevent.add("dtstamp", datetime.now(pytz.utc))
    vevent.add("sequence", 0)
    vevent.add("dtstart", event.start.astimezone(PARIS))
    vevent.add("dtend", event.end.astimezone(PARIS))
    vevent.add("summary", event.title)
    online_url = safe_url(getattr(event, "online_url", None))
    description = event.description or ""
    if online_url:
        description = f"{description}\n\nEn ligne : {online_url}".strip()
        vevent.add(
            "conference",
            icalendar.vUri(online_url),
            parameters={"VALUE": "URI", "FEATURE": "VIDEO"},
        )
    if description:
        vevent.add("description", description)
    location = event.location or online_url
    if location:
        vevent.add("location", location)
    vevent.add("url", event.absolute_url())
    if organizer:
        vevent.add(
            "organizer",
            icalendar.vCalAddress(f"mailto:{organizer}"),
            parameters={"CN": mail.fullname_of(api.user.get_current().getId())},
        )
    for address in attendees:
        vevent.add(
            "attendee",
            icalendar.vCalAddress(f"mailto:{address}"),
            parameters={
                "ROLE": "REQ-PARTICIPANT",
                "PARTSTAT": "NEEDS-ACTION",
                "RSVP": "FALSE",
            },
        )
    calendar.add_component(vevent)
    return calendar.to_ical()


def end_of(start, minutes: int):
    return start + timedelta(minutes=minutes)
