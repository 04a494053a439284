"""polepatrimoine_opportunity_workflow: its permission matrix cell by cell, and who moves an offer."""

from plone import api
from tests.fixtures.opportunities import make_offer

import pytest


ADMINS = {"Manager", "Site Administrator"}
READERS = ADMINS | {"Editor", "Reader", "Owner"}


def versions(readers, writers):
    return {
        "CMFEditions: Access previous versions": readers,
        "CMFEditions: Save new version": writers,
        "CMFEditions: Apply version control": writers,
        "CMFEditions: Revert to previous versions": ADMINS,
    }


# state -> permission -> roles granted
MATRIX = {
    "private": {
        "View": READERS,
        "Access contents information": READERS,
        "Modify portal content": ADMINS | {"Editor", "Owner"},
        "Delete objects": ADMINS | {"Owner"},
        **versions(READERS, ADMINS | {"Editor", "Owner"}),
    },
    "pending": {
        "View": READERS | {"Reviewer"},
        "Access contents information": READERS | {"Reviewer"},
        # Reviewers publish or send back; they do not edit (the contact e-mail).
        "Modify portal content": ADMINS | {"Editor", "Owner"},
        "Delete objects": ADMINS,
        **versions(
            ADMINS | {"Editor", "Reviewer", "Owner"},
            ADMINS | {"Editor", "Reviewer", "Owner"},
        ),
    },
    "published": {
        "View": {"Anonymous"},
        "Access contents information": {"Anonymous"},
        "Modify portal content": ADMINS | {"Editor"},
        "Delete objects": ADMINS,
        **versions(
            ADMINS | {"Editor", "Reviewer", "Owner"}, ADMINS | {"Editor", "Reviewer"}
        ),
    },
    "expired": {
        "View": READERS | {"Reviewer"},
        "Access contents information": READERS | {"Reviewer"},
        "Modify portal content": ADMINS | {"Editor", "Owner"},
        "Delete objects": ADMINS | {"Owner"},
        **versions(
            ADMINS | {"Editor", "Reviewer", "Owner"}, ADMINS | {"Editor", "Owner"}
        ),
    },
}

CELLS = [
    (state, permission, roles)
    for state, permissions in MATRIX.items()
    for permission, roles in permissions.items()
]


def test_bound_to_opportunity_and_trades_public(portal):
    wftool = api.portal.get_tool("portal_workflow")
    assert wftool.getChainForPortalType("Opportunity") == (
        "polepatrimoine_opportunity_workflow",
    )
    assert wftool.getChainForPortalType("Trade") == ("one_state_workflow",)


@pytest.mark.parametrize(("state", "permission", "roles"), CELLS)
def test_permission_matrix(portal, state, permission, roles):
    workflow = api.portal.get_tool("portal_workflow")[
        "polepatrimoine_opportunity_workflow"
    ]
    assert set(workflow.states[state].permission_roles[permission]) == roles


def test_every_state_in_the_matrix(portal):
    workflow = api.portal.get_tool("portal_workflow")[
        "polepatrimoine_opportunity_workflow"
    ]
    assert set(workflow.states.objectIds()) == set(MATRIX)
    assert workflow.initial_state == "private"


# transition -> (from state, roles allowed); every other role is refused.
TRANSITIONS = {
    "submit": ("private", ADMINS | {"Owner", "Editor"}),
    "publish": ("pending", ADMINS | {"Reviewer"}),
    "reject": ("pending", ADMINS | {"Reviewer"}),
    "retract": ("published", ADMINS | {"Owner", "Editor"}),
    # The daily command, as Manager; coordinators retract an offer instead.
    "expire": ("published", {"Manager"}),
    "renew": ("expired", ADMINS | {"Owner", "Editor"}),
}
ROLES = ("Manager", "Site Administrator", "Reviewer", "Editor", "Owner", "Member")


@pytest.fixture
def actor(portal):
    from tests.fixtures.actors import make_actor

    return make_actor(portal)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("transition", list(TRANSITIONS))
def test_transition_by_role(portal, members, actor, transition, role):
    state, allowed = TRANSITIONS[transition]
    offer = make_offer(portal, actor, state=state, owner=members["alice"])
    who = members["alice"] if role == "Owner" else members["bruno"]
    if role not in ("Owner", "Member"):
        offer.manage_setLocalRoles(members["bruno"], [role])
    with api.env.adopt_user(username=api.user.get(userid=who).getUserName()):
        available = [
            t["id"]
            for t in api.portal.get_tool("portal_workflow").getTransitionsFor(offer)
        ]
    assert (transition in available) == (role in allowed)
