"""The weekly digest: one e-mail per member for all their "weekly" groups.

For each group: what changed since the member's last digest (the activity
stream, as that member may see it, without their own actions), the new
discussions, the meetings of the next four weeks and the open date polls.
A digest leaves only when something is new (a change or a discussion);
meetings and polls ride along as reminders. The time of the last digest is
kept per member, so an item reaches a member in one digest only.
"""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.workflows import _
from polepatrimoine.workflows import logger
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity.store import entries
from polepatrimoine.workflows.workinggroups.agenda.meetings import as_dict
from polepatrimoine.workflows.workinggroups.agenda.meetings import group_meetings
from polepatrimoine.workflows.workinggroups.notifications import settings

import pytz


PARIS = pytz.timezone("Europe/Paris")
# The first digest of a member looks back this far.
FIRST_PERIOD = timedelta(days=7)
# A timer run more often than weekly (daily, after a failure) sends no member
# two digests within this delay.
MIN_INTERVAL = timedelta(days=6)
UPCOMING = timedelta(weeks=4)
SUBJECT = _("[Pôle Patrimoine] What happened in your working groups")


def now() -> datetime:
    """The digests' clock (tests replace it)."""
    return datetime.now(PARIS)


def _catalog_as_viewer(**query) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return catalog(**query)


def _new_discussions(group, userid, since, until) -> list:
    """Discussions opened within the digest's period, by others than the member:
    without the upper bound, one opened while the digests run would come
    again in the next digest (which starts at this run's time)."""
    path = "/".join(group.getPhysicalPath())
    brains = _catalog_as_viewer(
        portal_type="Discussion",
        path=path,
        created={"query": (DateTime(since), DateTime(until)), "range": "min:max"},
        sort_on="created",
    )
    return [
        {"title": b.Title, "url": b.getURL(), "uid": b.UID}
        for b in brains
        if b.Creator != userid
    ]


def _open_polls(group) -> list:
    path = "/".join(group.getPhysicalPath())
    brains = _catalog_as_viewer(portal_type="DatePoll", poll_open=True, path=path)
    return [{"title": b.Title, "url": b.getURL()} for b in brains]


def url_of(path: str) -> str:
    return api.portal.get().REQUEST.physicalPathToURL(path)


def group_section(group, userid: str, since: datetime, until: datetime) -> dict:
    """What one group has for a member since a date; run as that member."""
    discussions = _new_discussions(group, userid, since, until)
    listed = {d["uid"] for d in discussions}
    changes = [
        {
            "kind": e.kind,
            "title": e.title,
            "url": url_of(e.url),
            "actor": mail.fullname_of(e.actor) if e.actor else "",
            "when": e.when.astimezone(PARIS),
        }
        for e in entries(group, viewer=userid, since=since, size=None)
        if e.actor != userid and e.when <= until and e.uid not in listed
    ]
    changes.reverse()  # oldest first, as one reads a week
    meetings = [as_dict(b) for b in group_meetings(group, until, until + UPCOMING)]
    return {
        "title": group.Title(),
        "url": group.absolute_url(),
        "changes": changes,
        "discussions": discussions,
        "meetings": meetings,
        "polls": _open_polls(group),
    }


def digest_for(userid: str, when: datetime) -> list:
    """The sections of a member's digest at ``when`` (empty: nothing to send)."""
    user = api.user.get(userid=userid)
    if user is None:
        return []
    last = settings.last_digest(userid)
    if last is not None and when - last < MIN_INTERVAL:
        return []
    since = last if last is not None else when - FIRST_PERIOD
    uids = [
        uid for uid, value in settings.modes(userid).items() if value == settings.WEEKLY
    ]
    sections = []
    with api.env.adopt_user(user=user):
        catalog = api.portal.get_tool("portal_catalog")
        groups = catalog(UID=uids, portal_type="WorkingGroup", sort_on="sortable_title")
        for brain in groups if uids else []:
            section = group_section(brain.getObject(), userid, since, when)
            if section["changes"] or section["discussions"]:
                sections.append(section)
    return sections


def members() -> list:
    """Every user of a working group's roster, once."""
    found = set()
    for group in membership.working_groups():
        found.update(membership.members(group))
    return sorted(found)


def run(portal, dry_run: bool = False) -> dict:
    """Send the digests that are due; the caller commits (or aborts a dry run)."""
    when = now()
    sent = []
    for userid in members():
        sections = digest_for(userid, when)
        address = mail.email_of(userid)
        if not sections or not address:
            continue
        sent.append(address)
        if dry_run:
            continue
        mail.send(
            "digest",
            portal,
            [address],
            SUBJECT,
            sections=sections,
            fullname=mail.fullname_of(userid),
            since=settings.last_digest(userid),
        )
        settings.set_last_digest(userid, when)
    logger.info("%d digest(s) %s", len(sent), "due" if dry_run else "sent")
    return {"sent": sent}
