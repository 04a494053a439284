"""The meetings of a working group: the Events inside it and the network's
meetings whose ``working_group`` names it, as the current user may see them."""

from DateTime import DateTime
from datetime import datetime
from plone import api

import pytz


PARIS = pytz.timezone("Europe/Paris")


def _query(group_uids, group_paths, **query) -> list:
    """Brains of the Events of the groups, restricted to what the current user
    may View (the catalog's security index)."""
    catalog = api.portal.get_tool("portal_catalog")
    found = {}
    if group_paths:
        for brain in catalog(portal_type="Event", path=list(group_paths), **query):
            found[brain.UID] = brain
    if group_uids:
        for brain in catalog(
            portal_type="Event", working_group_uid=list(group_uids), **query
        ):
            found[brain.UID] = brain
    return sorted(found.values(), key=lambda b: (local(b.start), b.Title))


def _range(start: datetime | None, end: datetime | None) -> dict:
    """Events that overlap [start, end[."""
    query = {}
    if start is not None:
        query["end"] = {"query": DateTime(start), "range": "min"}
    if end is not None:
        query["start"] = {"query": DateTime(end), "range": "max"}
    return query


def group_meetings(group, start=None, end=None) -> list:
    """Brains of a group's meetings overlapping [start, end[, for the current user."""
    path = "/".join(group.getPhysicalPath())
    brains = _query([group.UID()], [path], **_range(start, end))
    if end is not None:
        # The catalog's "max" includes an event starting at ``end`` exactly.
        brains = [b for b in brains if local(b.start) < end]
    return brains


def meetings_of_groups(groups, start=None) -> list:
    """Brains of the meetings of several groups (a member's feed)."""
    uids = [g.UID() for g in groups]
    paths = ["/".join(g.getPhysicalPath()) for g in groups]
    return _query(uids, paths, **_range(start, None))


def local(value) -> datetime:
    """A catalog date (DateTime) or a datetime, in Europe/Paris."""
    if isinstance(value, DateTime):
        value = value.asdatetime()
    if value.tzinfo is None:
        value = pytz.utc.localize(value)
    return value.astimezone(PARIS)


def as_dict(brain) -> dict:
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": brain.Title,
        "start": local(brain.start).isoformat(),
        "end": local(brain.end).isoformat(),
        "whole_day": bool(getattr(brain, "whole_day", False)),
        "location": getattr(brain, "location", None) or None,
        "review_state": brain.review_state,
    }
