"""Who may do what on a working group and its content (integration, every cell).

Personas: anonymous, authenticated non-member (outsider), guest, member,
coordinator, member of another group, site coordinator.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_parent
from contextlib import contextmanager
from plone import api
from tests.workflows.workinggroups.scenario import PERSONAS
from tests.workflows.workinggroups.scenario import SECRET

import pytest


READERS = {"guest", "member", "coordinator", "site_coordinator"}
WRITERS = {"member", "coordinator", "site_coordinator"}
MANAGERS = {"coordinator", "site_coordinator"}
EVERYONE = set(PERSONAS)

# subject -> action -> personas allowed
EXPECTED = {
    "group": {
        "view": EVERYONE,
        "edit": MANAGERS,
        "add": WRITERS,
        "delete": {"site_coordinator"},
        "search": EVERYONE,
        "space": READERS,
        "manage_members": MANAGERS,
        "request_join": EVERYONE - {"anonymous"},
    },
    "internal": {
        "view": READERS,
        "edit": WRITERS,
        "delete": WRITERS,
        "search": READERS,
        "listing": READERS,
    },
    "meeting": {
        "view": READERS,
        "edit": WRITERS,
        "search": READERS,
        "listing": READERS,
    },
    "folder": {
        "view": READERS,
        "add": WRITERS,
        "search": READERS,
        "listing": READERS,
    },
    "published": {
        "view": EVERYONE,
        "edit": MANAGERS,
        "delete": MANAGERS,
        "search": EVERYONE,
        "listing": EVERYONE,
    },
}


@contextmanager
def as_persona(scenario, persona):
    if persona == "anonymous":
        with api.env.adopt_roles(["Anonymous"]):
            yield
        return
    with api.env.adopt_user(user=api.user.get(userid=scenario.users[persona])):
        yield


def check(obj, permission):
    return bool(getSecurityManager().checkPermission(permission, obj))


def allowed(scenario, subject, action):
    obj = getattr(scenario, subject)
    if action == "view":
        return check(obj, "View")
    if action == "edit":
        return check(obj, "Modify portal content")
    if action == "add":
        return check(obj, "Add portal content")
    if action == "delete":
        return check(obj, "Delete objects") and check(aq_parent(obj), "Delete objects")
    if action == "search":
        catalog = api.portal.get_tool("portal_catalog")
        return len(catalog(UID=obj.UID())) == 1
    if action == "listing":
        listing = scenario.group.restrictedTraverse("@@contentlisting")()
        return obj.UID() in [item.uuid() for item in listing]
    if action == "space":
        return check(obj, "polepatrimoine: View working group space")
    if action == "manage_members":
        return check(obj, "polepatrimoine: Manage working group members")
    if action == "request_join":
        return check(obj, "polepatrimoine: Request to join a working group")
    raise AssertionError(action)


@pytest.mark.parametrize("persona", PERSONAS)
def test_matrix(scenario, persona):
    """Every (subject, action) cell for one persona, compared at once."""
    expected = {
        (subject, action): persona in personas
        for subject, actions in EXPECTED.items()
        for action, personas in actions.items()
    }
    with as_persona(scenario, persona):
        actual = {cell: allowed(scenario, *cell) for cell in expected}
    assert actual == expected


@pytest.mark.parametrize("persona", PERSONAS)
def test_full_text_search(scenario, persona):
    catalog = api.portal.get_tool("portal_catalog")
    with as_persona(scenario, persona):
        found = {b.getId for b in catalog(SearchableText=SECRET)}
    expected = {"interne", "reunion", "dossier"} if persona in READERS else set()
    assert found == expected


class TestArchivedGroup:
    @pytest.fixture
    def archived(self, scenario):
        with as_persona(scenario, "site_coordinator"):
            api.content.transition(obj=scenario.group, transition="archive")
        return scenario

    @pytest.mark.parametrize("persona", ["guest", "member", "coordinator"])
    def test_members_still_read(self, archived, persona):
        with as_persona(archived, persona):
            assert allowed(archived, "internal", "view")
            assert allowed(archived, "internal", "search")

    @pytest.mark.parametrize("persona", ["member", "coordinator"])
    def test_nobody_in_the_group_writes(self, archived, persona):
        with as_persona(archived, persona):
            assert not allowed(archived, "internal", "edit")
            assert not allowed(archived, "group", "add")
            assert not allowed(archived, "group", "manage_members")

    def test_outsiders_still_see_nothing(self, archived):
        with as_persona(archived, "outsider"):
            assert not allowed(archived, "internal", "view")

    def test_site_coordinator_reactivates(self, archived):
        with as_persona(archived, "site_coordinator"):
            api.content.transition(obj=archived.group, transition="reactivate")
        with as_persona(archived, "member"):
            assert allowed(archived, "internal", "edit")
