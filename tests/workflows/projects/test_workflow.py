"""polepatrimoine_project_workflow: its permission matrix, cell by cell, and who may move a project."""

from plone import api
from tests.fixtures.actors import make_actor
from tests.fixtures.projects import make_project

import pytest
import transaction


STAFF = {"Manager", "Site Administrator", "Editor", "Reviewer"}
NOBODY_ELSE = set()
ADMINS = {"Manager", "Site Administrator"}


def versions(writers):
    # Earlier versions may be drafts never reviewed: read by those who read a
    # pending project in every state; reverting is for coordinators only.
    return {
        "CMFEditions: Access previous versions": STAFF | {"Owner"},
        "CMFEditions: Save new version": writers,
        "CMFEditions: Apply version control": writers,
        "CMFEditions: Revert to previous versions": ADMINS,
    }


# state -> permission -> roles granted
MATRIX = {
    "pending": {
        "View": STAFF | {"Owner"},
        "Access contents information": STAFF | {"Owner"},
        "Modify portal content": STAFF | {"Owner"},
        "Delete objects": {"Manager", "Site Administrator", "Owner"},
        **versions(STAFF | {"Owner"}),
    },
    "published": {
        "View": {"Anonymous"},
        "Access contents information": {"Anonymous"},
        "Modify portal content": {"Manager", "Site Administrator", "Editor", "Owner"},
        "Delete objects": {"Manager", "Site Administrator"},
        **versions({"Manager", "Site Administrator", "Editor", "Owner"}),
    },
    "retired": {
        "View": STAFF | {"Owner"},
        "Access contents information": STAFF | {"Owner"},
        "Modify portal content": {"Manager", "Site Administrator", "Editor"},
        "Delete objects": {"Manager", "Site Administrator"},
        **versions({"Manager", "Site Administrator", "Editor"}),
    },
}

CELLS = [
    (state, permission, roles)
    for state, permissions in MATRIX.items()
    for permission, roles in permissions.items()
]


def test_bound_to_project(portal):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType("Project")
    assert chain == ("polepatrimoine_project_workflow",)


def test_new_project_is_pending(portal):
    project = make_project(portal, make_actor(portal), state="pending")
    assert api.content.get_state(project) == "pending"


@pytest.mark.parametrize(("state", "permission", "roles"), CELLS)
def test_permission_matrix(portal, state, permission, roles):
    workflow = api.portal.get_tool("portal_workflow")["polepatrimoine_project_workflow"]
    definition = workflow.states[state].permission_roles[permission]
    assert set(definition) == roles


# transition -> (from state, roles allowed); every other role is refused.
TRANSITIONS = {
    "publish": ("pending", {"Manager", "Site Administrator", "Reviewer"}),
    "retire": ("published", {"Manager", "Site Administrator", "Reviewer"}),
    "retract": ("published", {"Manager", "Site Administrator", "Reviewer"}),
    "propose": ("retired", {"Manager", "Site Administrator", "Editor"}),
}
ROLES = ("Manager", "Site Administrator", "Reviewer", "Editor", "Owner", "Member")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("transition", list(TRANSITIONS))
def test_transition_by_role(portal, members, transition, role):
    state, allowed = TRANSITIONS[transition]
    project = make_project(
        portal, make_actor(portal), state=state, owner=members["alice"]
    )
    username = api.user.get(userid=members["bruno"]).getUserName()
    if role == "Owner":
        username = api.user.get(userid=members["alice"]).getUserName()
        roles = ["Member"]
    else:
        roles = ["Member", role]
    with (
        api.env.adopt_user(username=username),
        api.env.adopt_roles(roles + (["Owner"] if role == "Owner" else [])),
    ):
        available = [
            t["id"]
            for t in api.portal.get_tool("portal_workflow").getTransitionsFor(project)
        ]
    assert (transition in available) == (role in allowed)


# Over HTTP, as each user: who moves a member's proposal.
@pytest.mark.parametrize(
    ("user", "transition", "allowed"),
    [
        ("alice", "publish", False),
        ("bruno", "publish", False),
        ("anonymous", "publish", False),
        ("claire", "publish", True),
        ("alice", "retire", False),
        ("claire", "retire", True),
    ],
)
def test_transitions_over_rest(functional, members, clients, user, transition, allowed):
    portal = functional["portal"]
    project = make_project(
        portal, make_actor(portal), state="pending", owner=members["alice"]
    )
    transaction.commit()
    response = clients[user].post(f"{project.absolute_url()}/@workflow/{transition}")
    assert (response.status_code == 200) == allowed, response.text
    state = clients["admin"].get(project.absolute_url()).json()["review_state"]
    expected = {"publish": "published", "retire": "retired"}[transition]
    assert (state == expected) == allowed
