"""Catalog indexers of meetings."""

from plone import api
from plone.indexer import indexer
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import CONFIRMED
from polepatrimoine.content.meetings.registrations import get_registrations
from polepatrimoine.content.vocabularies import DEPARTMENTS

import re


# A French postal code in the place's text: its first two digits name the département.
POSTAL_CODE = re.compile(r"(?<!\d)(\d{2})\d{3}(?!\d)")


@indexer(IMeeting)
def meeting_format(obj):
    return IMeeting(obj).meeting_format or None


@indexer(IMeeting)
def meeting_working_group(obj):
    return relation_uid(IMeeting(obj).working_group)


@indexer(IMeeting)
def replay_url(obj):
    return safe_url(IMeeting(obj).replay_url)


@indexer(IMeeting)
def related_resource_uids(obj):
    return tuple(
        filter(None, (relation_uid(r) for r in IMeeting(obj).related_resources or ()))
    )


@indexer(IMeeting)
def meeting_capacity(obj):
    return IMeeting(obj).capacity or 0


@indexer(IMeeting)
def registrations_count(obj):
    """Confirmed registrations: the observatory sums them without opening any."""
    registrations = get_registrations(obj)
    return registrations.counts()[CONFIRMED] if registrations else 0


@indexer(IMeeting)
def event_department(obj):
    """The département of the organising actor, else of the place's postal code.

    The observatory filters events by it; None leaves the event regional only.
    """
    codes = {code for code, _name in DEPARTMENTS}
    relation = IMeeting(obj).organiser
    actor = None if relation is None or relation.isBroken() else relation.to_object
    department = getattr(actor, "department", None)
    if department in codes:
        return department
    for match in POSTAL_CODE.finditer(getattr(obj, "location", None) or ""):
        if match.group(1) in codes:
            return match.group(1)
    return None


def organiser_changed(actor, event) -> None:
    # The events an actor organises take its département: follow its changes.
    for relation in api.relation.get(
        target=actor, relationship="organiser", unrestricted=True
    ):
        source = relation.from_object
        if source is not None:
            source.reindexObject(idxs=["event_department"])


def recount(event) -> None:
    """Refresh the event's count after its registrations changed.

    The count is a metadata column, which any reindex refreshes: naming one
    small index keeps the others (and the modification date) as they are.
    """
    event.reindexObject(idxs=["getId"])
