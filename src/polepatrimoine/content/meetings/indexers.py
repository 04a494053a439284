"""Catalog indexers of meetings and resources."""

from plone.indexer import indexer
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.resource import IResource


def _uid(relation):
    if relation is None or relation.isBroken():
        return None
    return relation.to_object.UID() if relation.to_object is not None else None


@indexer(IMeeting)
def meeting_format(obj):
    return IMeeting(obj).meeting_format or None


@indexer(IMeeting)
def meeting_working_group(obj):
    return _uid(IMeeting(obj).working_group)


@indexer(IMeeting)
def replay_url(obj):
    return IMeeting(obj).replay_url or None


@indexer(IMeeting)
def related_resource_uids(obj):
    return tuple(filter(None, (_uid(r) for r in IMeeting(obj).related_resources or ())))


@indexer(IMeeting)
def meeting_capacity(obj):
    return IMeeting(obj).capacity or 0


@indexer(IResource)
def resource_type(obj):
    return obj.resource_type


@indexer(IResource)
def audience(obj):
    return tuple(obj.audience or ())


@indexer(IResource)
def topics(obj):
    return tuple(obj.topics or ())


@indexer(IResource)
def related_event_uid(obj):
    return _uid(obj.related_event)


@indexer(IResource)
def resource_working_group(obj):
    return _uid(obj.working_group)
