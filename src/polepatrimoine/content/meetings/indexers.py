"""Catalog indexers of meetings."""

from plone.indexer import indexer
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import CONFIRMED
from polepatrimoine.content.meetings.registrations import get_registrations


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


def recount(event) -> None:
    """Refresh the event's count after its registrations changed.

    The count is a metadata column, which any reindex refreshes: naming one
    small index keeps the others (and the modification date) as they are.
    """
    event.reindexObject(idxs=["getId"])
