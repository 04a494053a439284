"""Upgrade 1002 → 1005 of the workflows profile: the projects' workflow."""

from plone import api


PROFILE = "polepatrimoine.workflows:default"


def test_upgrade_adds_the_workflow_and_binds_it(integration, setup_tool):
    workflows = api.portal.get_tool("portal_workflow")
    workflows.setChainForPortalTypes(["Project"], ())
    workflows.manage_delObjects(["polepatrimoine_project_workflow"])
    setup_tool.setLastVersionForProfile(PROFILE, "1002")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1005",)
    assert workflows.getChainForPortalType("Project") == (
        "polepatrimoine_project_workflow",
    )
    # The other bindings are still there.
    assert workflows.getChainForPortalType("Actor") == (
        "polepatrimoine_actor_workflow",
    )
