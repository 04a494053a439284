"""The working-group scenario with meetings at fixed dates (December 2026).

Shared by the agenda, feed, digest and security tests.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.workflows.workinggroups.scenario import build
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytz


PARIS = pytz.timezone("Europe/Paris")


def at(day: int, hour: int = 14, minute: int = 30, month: int = 12) -> datetime:
    return PARIS.localize(datetime(2026, month, day, hour, minute))


def event(container, id_, title, start, hours=2, **fields):
    return api.content.create(
        container=container,
        type="Event",
        id=id_,
        title=title,
        start=start,
        end=start + timedelta(hours=hours),
        **fields,
    )


def naming(group) -> RelationValue:
    return RelationValue(getUtility(IIntIds).getId(group))


def restrict_view(obj) -> None:
    """Like a draft kept to its author: only Manager and Owner may View it."""
    for permission in ("View", "Access contents information"):
        obj.manage_permission(permission, ["Manager", "Owner"], acquire=False)
    obj.reindexObjectSecurity()


def build_world(portal):
    s = build(portal)
    agenda = portal["agenda"]
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        s.december = event(s.group, "reunion-decembre", "Réunion de décembre", at(3))
        s.seminar = event(
            s.group, "seminaire", "Séminaire de deux jours", at(10, 9, 0), hours=30
        )
        s.other_meeting = event(
            s.other, "reunion-autre", "Réunion de l'autre groupe", at(3, 10, 0)
        )
        s.network = event(
            agenda,
            "journee-reseau",
            "Journée réseau du groupe",
            at(15),
            working_group=naming(s.group),
        )
        api.content.transition(obj=s.network, transition="publish")
        s.network_draft = event(
            agenda,
            "brouillon-reseau",
            "Brouillon réseau",
            at(16),
            working_group=naming(s.group),
        )
        s.hidden = event(s.group, "confidentielle", "Réunion confidentielle", at(17))
        restrict_view(s.hidden)
        for obj in (s.network, s.network_draft):
            obj.reindexObject()
    return s


# Titles each persona's agenda or feed of December 2026 must (not) show.
GROUP_TITLES = (
    "Réunion de décembre",
    "Séminaire de deux jours",
    "Journée réseau du groupe",
)
NEVER = ("Brouillon réseau", "Réunion confidentielle")
OTHER_TITLES = ("Réunion de l'autre groupe",)
