"""Objects dated at a known UTC instant, winter and summer, for the dates tests."""

from DateTime import DateTime
from plone import api
from polepatrimoine.content.meetings.registrations import get_registrations

import datetime


WINTER = datetime.datetime(2026, 11, 30, 12, 54, tzinfo=datetime.UTC)
SUMMER = datetime.datetime(2026, 7, 1, 10, 0, tzinfo=datetime.UTC)
# What a Paris reader sees of them, and the JSON the suite writes.
WINTER_TEXT, WINTER_ISO = "30/11/2026 13:54", "2026-11-30T13:54:00+01:00"
SUMMER_TEXT, SUMMER_ISO = "01/07/2026 12:00", "2026-07-01T12:00:00+02:00"


def submitted_at(application, moment: datetime.datetime) -> None:
    """Move the application's submission to moment, as its history says (in UTC)."""
    workflow = api.portal.get_tool("portal_workflow").getWorkflowsFor(application)[0]
    entries = list(application.workflow_history[workflow.getId()])
    for index, entry in enumerate(entries):
        if entry.get("action") == "submit":
            entries[index] = {**entry, "time": DateTime(moment.isoformat())}
    application.workflow_history[workflow.getId()] = tuple(entries)
    application.reindexObject()


def registered_at(event, email: str, moment: datetime.datetime) -> None:
    get_registrations(event).by_email(email).created = moment
