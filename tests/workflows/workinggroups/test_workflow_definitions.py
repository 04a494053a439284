"""The two workflows of the working groups, every cell of their permission matrix."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME

import pytest


M, SA = "Manager", "Site Administrator"
C, MB, G = "GroupCoordinator", "GroupMember", "GroupGuest"
ALL = {M, SA, C, MB, G}
WRITERS = {M, SA, C, MB}
ADD = (
    "Add portal content",
    "plone.app.contenttypes: Add Document",
    "plone.app.contenttypes: Add File",
    "plone.app.contenttypes: Add Image",
    "plone.app.contenttypes: Add Folder",
    "plone.app.contenttypes: Add Event",
    "plone.app.contenttypes: Add News Item",
    "plone.app.contenttypes: Add Link",
)
SPACE = "polepatrimoine: View working group space"
MANAGE = "polepatrimoine: Manage working group members"
JOIN = "polepatrimoine: Request to join a working group"


def discussions(writers, readers, moderators):
    """Discussions and comments: written by writers, read by readers, deleted by moderators."""
    return {
        "polepatrimoine: Add Discussion": writers,
        "Reply to item": writers,
        "View comments": readers,
        "Delete comments": moderators,
    }


def row(view, modify, delete, add, listing, **extra):
    matrix = {
        "View": view,
        "Access contents information": view,
        "Modify portal content": modify,
        "Delete objects": delete,
        "List folder contents": listing,
    }
    matrix.update(dict.fromkeys(ADD, add))
    matrix.update({k.replace("_", " "): v for k, v in extra.items()})
    return matrix


GROUP_WORKFLOW = {
    "proposed": {
        **row(ALL, {M, SA, C}, WRITERS, WRITERS, ALL),
        SPACE: ALL,
        MANAGE: {M, SA, C},
        JOIN: set(),
        **discussions(WRITERS, ALL, {M, SA, C}),
    },
    "active": {
        **row({"Anonymous"}, {M, SA, C}, WRITERS, WRITERS, ALL),
        SPACE: ALL,
        MANAGE: {M, SA, C},
        JOIN: {"Authenticated"},
        **discussions(WRITERS, ALL, {M, SA, C}),
    },
    "archived": {
        **row({"Anonymous"}, {M, SA}, {M, SA}, {M, SA}, ALL),
        SPACE: ALL,
        MANAGE: {M, SA},
        JOIN: set(),
        **discussions({M, SA}, ALL, {M, SA}),
    },
}

VERSIONS = (
    "CMFEditions: Save new version",
    "CMFEditions: Apply version control",
    "CMFEditions: Revert to previous versions",
)


def versions(readers, writers):
    return {
        "CMFEditions: Access previous versions": readers,
        **dict.fromkeys(VERSIONS, writers),
    }


CONTENT_WORKFLOW = {
    "internal": {
        **row(ALL, WRITERS, WRITERS, WRITERS, ALL),
        **versions(ALL, WRITERS),
    },
    "published": {
        **row({"Anonymous"}, {M, SA, C}, {M, SA, C}, WRITERS, ALL),
        # Earlier versions were internal: published, they stay with the group.
        **versions(ALL, {M, SA, C}),
    },
}

CELLS = [
    ("polepatrimoine_working_group_workflow", state, permission, roles)
    for state, matrix in GROUP_WORKFLOW.items()
    for permission, roles in matrix.items()
] + [
    ("polepatrimoine_workspace_workflow", state, permission, roles)
    for state, matrix in CONTENT_WORKFLOW.items()
    for permission, roles in matrix.items()
]


@pytest.mark.parametrize(("workflow_id", "state", "permission", "roles"), CELLS)
def test_permission_cell(portal, workflow_id, state, permission, roles):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    assert set(workflow.states[state].permission_roles[permission]) == roles


@pytest.mark.parametrize(
    ("workflow_id", "states"),
    [
        ("polepatrimoine_working_group_workflow", GROUP_WORKFLOW),
        ("polepatrimoine_workspace_workflow", CONTENT_WORKFLOW),
    ],
)
def test_every_managed_permission_is_in_the_matrix(portal, workflow_id, states):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    assert set(workflow.permissions) == set(next(iter(states.values())))
    assert set(workflow.states.objectIds()) == set(states)


def test_working_group_is_bound(portal):
    wftool = api.portal.get_tool("portal_workflow")
    assert wftool.getChainForPortalType("WorkingGroup") == (
        "polepatrimoine_working_group_workflow",
    )


@pytest.mark.parametrize(
    "portal_type",
    ["Document", "File", "Image", "Folder", "Event", "News Item", "Link"],
)
def test_content_in_a_group_follows_the_workspace_workflow(scenario, portal_type):
    with api.env.adopt_user(user=api.user.get(userid=scenario.users["member"])):
        obj = api.content.create(
            container=scenario.folder, type=portal_type, title="Dans le groupe"
        )
    assert api.content.get_state(obj) == "internal"


def test_content_elsewhere_keeps_its_workflow(scenario):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=scenario.portal["ressources"], type="Document", title="Ailleurs"
        )
    assert api.content.get_state(page) == "private"


def test_workflow_titles_in_french(portal):
    from zope.i18n import translate

    workflow = api.portal.get_tool("portal_workflow")[
        "polepatrimoine_working_group_workflow"
    ]
    titles = [
        translate(
            workflow.states[s].title, domain="polepatrimoine", target_language="fr"
        )
        for s in ("proposed", "active", "archived")
    ]
    assert titles == ["Proposé", "Actif", "Archivé"]


TRANSITIONS = [
    # (object, transition, persona allowed, personas refused)
    ("group", "archive", "site_coordinator", ["coordinator", "member", "outsider"]),
    ("internal", "publish", "coordinator", ["member", "guest", "outsider"]),
    ("published", "retract", "coordinator", ["member", "guest", "outsider"]),
]


@pytest.mark.parametrize(("target", "transition", "allowed", "refused"), TRANSITIONS)
def test_transition_guards(scenario, target, transition, allowed, refused):
    obj = getattr(scenario, target)
    wftool = api.portal.get_tool("portal_workflow")
    for persona in refused:
        with api.env.adopt_user(user=api.user.get(userid=scenario.users[persona])):
            ids = [a["id"] for a in wftool.listActions(object=obj)]
            assert transition not in ids, persona
    with api.env.adopt_user(user=api.user.get(userid=scenario.users[allowed])):
        api.content.transition(obj=obj, transition=transition)


class TestMoves:
    def test_published_page_moved_into_a_group_becomes_internal(self, scenario):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            page = api.content.create(
                container=scenario.portal["ressources"], type="Document", title="Guide"
            )
            api.content.transition(obj=page, to_state="published")
            moved = api.content.move(source=page, target=scenario.folder)
        assert api.content.get_state(moved) == "internal"
        with api.env.adopt_user(user=api.user.get(userid=scenario.users["outsider"])):
            assert not api.user.has_permission("View", obj=moved)
            catalog = api.portal.get_tool("portal_catalog")
            assert not catalog(UID=moved.UID())

    def test_internal_note_moved_out_becomes_private(self, scenario):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            moved = api.content.move(
                source=scenario.internal, target=scenario.portal["ressources"]
            )
        assert api.content.get_state(moved) == "private"

    def test_moved_between_groups_stays_internal(self, scenario):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            moved = api.content.move(source=scenario.internal, target=scenario.other)
        assert api.content.get_state(moved) == "internal"
        with api.env.adopt_user(user=api.user.get(userid=scenario.users["member"])):
            assert not api.user.has_permission("View", obj=moved)
        member = scenario.users["other_group_member"]
        with api.env.adopt_user(user=api.user.get(userid=member)):
            assert api.user.has_permission("View", obj=moved)

    def test_published_page_copied_into_a_group_is_internal(self, scenario):
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            page = api.content.create(
                container=scenario.portal["ressources"], type="Document", title="Fiche"
            )
            api.content.transition(obj=page, to_state="published")
            copy = api.content.copy(source=page, target=scenario.group)
        assert api.content.get_state(copy) == "internal"
        with api.env.adopt_user(user=api.user.get(userid=scenario.users["outsider"])):
            assert not api.user.has_permission("View", obj=copy)
