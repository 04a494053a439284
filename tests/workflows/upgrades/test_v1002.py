"""Upgrade 1001 → 1002 of the workflows profile: the offers' workflow, trades public."""

from plone import api


PROFILE = "polepatrimoine.workflows:default"


def test_upgrade_adds_the_workflow_and_the_bindings(integration, setup_tool):
    wftool = api.portal.get_tool("portal_workflow")
    wftool.manage_delObjects(["polepatrimoine_opportunity_workflow"])
    wftool.setChainForPortalTypes(("Opportunity", "Trade"), "(Default)")
    setup_tool.setLastVersionForProfile(PROFILE, "1001")

    setup_tool.upgradeProfile(PROFILE, dest="1002")

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1002",)
    assert wftool.getChainForPortalType("Opportunity") == (
        "polepatrimoine_opportunity_workflow",
    )
    assert wftool.getChainForPortalType("Trade") == ("one_state_workflow",)
    workflow = wftool["polepatrimoine_opportunity_workflow"]
    assert set(workflow.states.objectIds()) == {
        "private",
        "pending",
        "published",
        "expired",
    }
