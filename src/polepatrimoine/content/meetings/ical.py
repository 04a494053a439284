"""iCalendar: plone.app.event's export, carrying the online link of meetings."""

from DateTime import DateTime
from plone import api
from plone.app.event.ical.exporter import ICalendarEventComponent
from plone.app.event.ical.exporter import construct_icalendar
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from zope.publisher.browser import BrowserView

import icalendar


class MeetingICalendarComponent(ICalendarEventComponent):
    """The VEVENT of a meeting: the online link as URL, CONFERENCE and location."""

    @property
    def online_url(self):
        meeting = IMeeting(self.context, None)
        return safe_url(getattr(meeting, "online_url", None))

    @property
    def location(self):
        location = self.event.location
        if not location and self.online_url:
            return {"value": self.online_url}
        return {"value": location}

    @property
    def description(self):
        description = self.event.description or ""
        if self.online_url:
            description = f"{description}\n\nEn ligne : {self.online_url}".strip()
        return {"value": description}

    def to_ical(self):
        ical = super().to_ical()
        if self.online_url:
            # RFC 7986: the link to join the meeting.
            ical.add(
                "conference",
                icalendar.vUri(self.online_url),
                parameters={"VALUE": "URI", "FEATURE": "VIDEO"},
            )
        return ical


def public_event_brains(**query):
    """Events that anonymous visitors may see, whoever asks."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        portal_type="Event",
        allowedRolesAndUsers=["Anonymous"],
        effectiveRange=DateTime(),
        sort_on="start",
        **query,
    )


class AgendaICal(BrowserView):
    """The public feed of the agenda: every event an anonymous visitor may see.

    A working group's internal meetings are never in it, even when a member
    of the group asks for it.
    """

    def __call__(self):
        events = [brain._unrestrictedGetObject() for brain in public_event_brains()]
        calendar = construct_icalendar(self.context, events)
        calendar.add("x-wr-calname", "Agenda de Pôle Patrimoine")
        response = self.request.response
        response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="agenda.ics"')
        return calendar.to_ical()
