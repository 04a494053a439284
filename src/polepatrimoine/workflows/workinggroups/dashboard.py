"""What a user sees of their working groups: role, recent activity, meetings."""

from DateTime import DateTime
from plone import api
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.common.dates import french_when
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import listing
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.roles import ROLE_TITLES
from zope.i18n import translate


RECENT = 5
# What the dashboard shows of each group's stream: enough to see what moves.
DASHBOARD_ACTIVITY = 3


def iso(value) -> str:
    return iso_paris(value)


def _title(brain) -> str:
    if brain.portal_type != "Discussion Item":
        return brain.Title
    # A comment's catalogued title was translated when it was indexed: English
    # (« X on Y ») when no request was there, a script's or the demo content's.
    # Plone's own title, translated for this request: « X sur Y ».
    return brain.getObject().Title()


def _item(brain) -> dict:
    return {
        "@id": brain.getURL(),
        "title": _title(brain),
        "@type": brain.portal_type,
        "review_state": brain.review_state,
        "modified": iso(brain.modified),
        "modified_text": french_date(brain.modified),
    }


def recent_changes(group_path: str, limit: int = RECENT) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(
        path={"query": group_path},
        sort_on="modified",
        sort_order="descending",
        sort_limit=limit + 1,
    )
    return [_item(b) for b in brains if b.getPath() != group_path][:limit]


def upcoming_meetings(group_path: str, limit: int = RECENT) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(
        path={"query": group_path},
        portal_type="Event",
        end={"query": DateTime(), "range": "min"},
        sort_on="start",
        sort_limit=limit,
    )[:limit]
    return [
        {
            **_item(b),
            "start": iso(b.start),
            "end": iso(b.end),
            "start_text": french_when(b.start),
        }
        for b in brains
    ]


def recent_activity(brain, viewer, request, limit=DASHBOARD_ACTIVITY) -> list:
    """The latest entries of the group's activity stream the viewer may see."""
    group = brain._unrestrictedGetObject()
    entries = store.entries(group, viewer=viewer, size=limit)
    return [listing.as_dict(entry, request) for entry in entries]


def next_meeting(group_path: str) -> dict | None:
    meetings = upcoming_meetings(group_path, limit=1)
    if not meetings:
        return None
    return {**meetings[0], "start_local": meetings[0]["start_text"]}


def my_working_groups(userid: str | None, request) -> list:
    """The user's working groups: role, latest activity, next meeting.

    The groups are found in the catalog; each one's stream lives on the group,
    so the (few) groups of the user are woken for it."""
    if not userid:
        return []
    roles = membership.my_groups(userid)
    if not roles:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(
        UID=list(roles), portal_type="WorkingGroup", sort_on="sortable_title"
    )
    items = []
    for brain in brains:
        role = roles[brain.UID]
        items.append(
            {
                "@id": brain.getURL(),
                "UID": brain.UID,
                "title": brain.Title,
                "description": brain.Description,
                "review_state": brain.review_state,
                "role": role,
                "role_title": translate(ROLE_TITLES[role], context=request),
                "space_url": f"{brain.getURL()}/@@space",
                "recent_activity": recent_activity(brain, userid, request),
                "next_meeting": next_meeting(brain.getPath()),
            }
        )
    return items
