"""``/Plone/@@my-meetings/<token>.ics``: a member's private calendar feed.

Calendar applications fetch it without logging in: the secret token in the
address stands for the member. It lists the meetings of all the member's
working groups that the member may View, as plone.app.event exports them
(with the online link, see ``content/meetings/ical.py``). An unknown, revoked
or malformed token gets the same short 404.
"""

from datetime import timedelta
from plone import api
from plone.app.event.ical.exporter import construct_icalendar
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.agenda import meetings
from polepatrimoine.workflows.workinggroups.agenda.month import now
from polepatrimoine.workflows.workinggroups.notifications import tokens
from Products.Five.browser import BrowserView
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


SUFFIX = ".ics"
# Past meetings a calendar keeps showing (minutes, replays).
PAST_DAYS = 180
NOT_FOUND = "Calendrier introuvable.\n"


def feed_url(token: str) -> str:
    return f"{api.portal.get().absolute_url()}/@@my-meetings/{token}{SUFFIX}"


def member_calendar(userid: str):
    """The iCalendar of a member's groups' meetings, read as that member."""
    user = api.user.get(userid=userid)
    portal = api.portal.get()
    with api.env.adopt_user(user=user):
        catalog = api.portal.get_tool("portal_catalog")
        uids = list(membership.my_groups(userid))
        groups = (
            [b.getObject() for b in catalog(UID=uids, portal_type="WorkingGroup")]
            if uids
            else []
        )
        brains = (
            meetings.meetings_of_groups(groups, start=now() - timedelta(days=PAST_DAYS))
            if groups
            else []
        )
        events = [b.getObject() for b in brains]
        calendar = construct_icalendar(portal, events)
    calendar.add("x-wr-calname", "Mes réunions – Pôle Patrimoine")
    return calendar


@implementer(IPublishTraverse)
class MyMeetingsFeed(BrowserView):
    token = None

    def publishTraverse(self, request, name):
        if self.token is not None:
            self.token = ""  # more than one segment: no feed
        else:
            self.token = name
        return self

    def __call__(self):
        response = self.request.response
        response.setHeader("Cache-Control", "private, no-store, max-age=0")
        name = self.token or ""
        userid = None
        if name.endswith(SUFFIX):
            userid = tokens.owner(name[: -len(SUFFIX)])
        if userid is None or api.user.get(userid=userid) is None:
            response.setStatus(404)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return NOT_FOUND
        body = member_calendar(userid).to_ical()
        response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        response.setHeader("Content-Disposition", 'inline; filename="reunions.ics"')
        return body
