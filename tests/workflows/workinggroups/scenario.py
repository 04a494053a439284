"""A working group with one user per persona, and content in every state.

Used by the integration tests (rolled back after each test) and, committed, by
the functional ones.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.textfield.value import RichTextValue
from polepatrimoine.workflows.workinggroups import membership
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD

import pytz


PERSONAS = (
    "anonymous",
    "outsider",
    "guest",
    "member",
    "coordinator",
    "other_group_member",
    "site_coordinator",
)
SECRET = "Zorglubine"  # a word only the internal content contains


class Scenario:
    pass


def make_user(name: str) -> str:
    user = api.user.create(
        email=f"{name.replace('_', '-')}@example.org",
        password=PASSWORD,
        properties={"fullname": name.replace("_", " ").title()},
    )
    return user.getId()


def build(portal) -> Scenario:
    s = Scenario()
    s.portal = portal
    folder = portal["groupes-de-travail"]
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        s.users = {name: make_user(name) for name in PERSONAS if name != "anonymous"}
        s.users["anonymous"] = None
        s.emails = {name: f"{name.replace('_', '-')}@example.org" for name in PERSONAS}
        api.group.add_user(
            groupname="coordinateurs", username=s.users["site_coordinator"]
        )
        s.group = api.content.create(
            container=folder,
            type="WorkingGroup",
            id="groupe-test",
            title="Groupe test",
            description="Un groupe pour les tests.",
            objectives=["Tester"],
            initiators=["Structure initiatrice"],
            meeting_rhythm="Une fois par mois",
            contact_email="groupe-test@example.org",
        )
        api.content.transition(obj=s.group, transition="activate")
        s.other = api.content.create(
            container=folder,
            type="WorkingGroup",
            id="autre-groupe",
            title="Autre groupe",
        )
        api.content.transition(obj=s.other, transition="activate")
        for role in ("guest", "member", "coordinator"):
            membership.add_member(s.group, s.users[role], role)
        membership.add_member(s.other, s.users["other_group_member"], "coordinator")

        s.internal = api.content.create(
            container=s.group, type="Document", id="interne", title=f"Note {SECRET}"
        )
        s.internal.text = RichTextValue(
            f"<p>{SECRET}</p>", "text/html", "text/x-html-safe"
        )
        s.internal.reindexObject()
        s.published = api.content.create(
            container=s.group, type="Document", id="synthese", title="Synthèse publique"
        )
        api.content.transition(obj=s.published, transition="publish")
        start = datetime.now(pytz.timezone("Europe/Paris")) + timedelta(days=10)
        s.meeting = api.content.create(
            container=s.group,
            type="Event",
            id="reunion",
            title=f"Réunion {SECRET}",
            start=start,
            end=start + timedelta(hours=2),
        )
        s.public_event = api.content.create(
            container=s.group,
            type="Event",
            id="rencontre-ouverte",
            title="Rencontre ouverte",
            start=start,
            end=start + timedelta(hours=2),
        )
        api.content.transition(obj=s.public_event, transition="publish")
        s.folder = api.content.create(
            container=s.group, type="Folder", id="dossier", title=f"Dossier {SECRET}"
        )
    return s


def http(scenario, persona, json=True):
    """A client as persona (e-mail login), or anonymous."""
    login = scenario.emails[persona] if persona != "anonymous" else None
    return client(scenario.portal.absolute_url(), login, json=json)
