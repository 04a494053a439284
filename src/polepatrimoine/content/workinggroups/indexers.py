"""Catalog indexers of date polls and kept group messages."""

from plone import api
from plone.indexer import indexer
from polepatrimoine.content.workinggroups.datepoll import IDatePoll
from polepatrimoine.content.workinggroups.groupmessage import IGroupMessage

import pytz


PARIS = pytz.timezone("Europe/Paris")


def in_paris(value):
    """A candidate date as an aware Europe/Paris datetime; a naive one (the
    Classic UI form's) is read as Paris time."""
    if value.tzinfo is None:
        return PARIS.localize(value)
    return value.astimezone(PARIS)


def candidates(poll) -> list:
    return [in_paris(value) for value in (poll.poll_dates or ()) if value]


@indexer(IDatePoll)
def poll_open(obj):
    return api.content.get_state(obj, default="open") == "open"


@indexer(IDatePoll)
def poll_dates(obj):
    return [value.isoformat() for value in candidates(obj)]


@indexer(IDatePoll)
def poll_searchable_text(obj):
    return " ".join(filter(None, (obj.title, obj.description, obj.location)))


@indexer(IGroupMessage)
def message_searchable_text(obj):
    return " ".join(filter(None, (obj.title, obj.text)))
