"""Catalog indexers of meetings."""

from plone.indexer import indexer
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting


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
