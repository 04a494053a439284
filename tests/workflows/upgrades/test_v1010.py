"""Upgrade 1005 → 1010 of the workflows profile: reviewers no longer edit offers."""

from plone import api
from tests.fixtures.actors import make_actor
from tests.fixtures.opportunities import make_offer


PROFILE = "polepatrimoine.workflows:default"
WORKFLOW = "polepatrimoine_opportunity_workflow"
MODIFY = "Modify portal content"


def reviewer_modifies(obj_or_state) -> bool:
    return "Reviewer" in obj_or_state.permission_roles[MODIFY]


def test_upgrade_takes_modify_from_reviewers(integration, setup_tool, members):
    portal = api.portal.get()
    offer = make_offer(portal, make_actor(portal), state="published")
    # A site installed before: Reviewer modifies pending and published offers.
    definition = api.portal.get_tool("portal_workflow")[WORKFLOW]
    for state in ("pending", "published"):
        roles = definition.states[state].permission_roles[MODIFY]
        definition.states[state].setPermission(MODIFY, 0, (*roles, "Reviewer"))
    definition.updateRoleMappingsFor(offer)
    assert "Reviewer" in [
        r["name"] for r in offer.rolesOfPermission(MODIFY) if r["selected"]
    ]
    setup_tool.setLastVersionForProfile(PROFILE, "1005")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    definition = api.portal.get_tool("portal_workflow")[WORKFLOW]
    assert not reviewer_modifies(definition.states["pending"])
    assert not reviewer_modifies(definition.states["published"])
    # The offers made before the upgrade follow.
    assert "Reviewer" not in [
        r["name"] for r in offer.rolesOfPermission(MODIFY) if r["selected"]
    ]
    assert "Editor" in [
        r["name"] for r in offer.rolesOfPermission(MODIFY) if r["selected"]
    ]
