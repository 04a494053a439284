"""What the notifications page and ``@my-notifications`` show a member."""

from plone import api
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.agenda.feed import feed_url
from polepatrimoine.workflows.workinggroups.notifications import settings
from polepatrimoine.workflows.workinggroups.notifications import tokens
from polepatrimoine.workflows.workinggroups.roles import ROLE_TITLES
from zope.i18n import translate


def iso(value):
    return iso_paris(value)


def overview(userid: str, request) -> dict:
    """The member's groups with their mode, the modes, the feed, the last digest."""
    roles = membership.my_groups(userid)
    modes = settings.modes(userid)
    catalog = api.portal.get_tool("portal_catalog")
    brains = (
        catalog(UID=list(roles), portal_type="WorkingGroup", sort_on="sortable_title")
        if roles
        else []
    )
    groups = [
        {
            "@id": brain.getURL(),
            "UID": brain.UID,
            "title": brain.Title,
            "role": roles[brain.UID],
            "role_title": translate(ROLE_TITLES[roles[brain.UID]], context=request),
            "mode": modes[brain.UID],
            "agenda_url": f"{brain.getURL()}/@@group-agenda",
        }
        for brain in brains
    ]
    token = tokens.token_of(userid)
    return {
        "groups": groups,
        "modes": [
            {"token": m, "title": translate(settings.MODE_TITLES[m], context=request)}
            for m in settings.MODES
        ],
        "feed": {"url": feed_url(token)} if token else None,
        "last_digest": iso(settings.last_digest(userid)),
    }
