"""Upgrade 1002 → 1008 of the workflows profile: « Mes notifications » in the user menu."""

from plone import api


PROFILE = "polepatrimoine.workflows:default"


def test_upgrade_adds_the_user_action(integration, setup_tool):
    actions = api.portal.get_tool("portal_actions")
    actions.user.manage_delObjects(["my-notifications"])
    setup_tool.setLastVersionForProfile(PROFILE, "1002")

    setup_tool.upgradeProfile(PROFILE, dest="1008")

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1008",)
    action = actions.user["my-notifications"]
    assert action.title == "My notifications"
    assert action.url_expr.endswith("/@@my-notifications")
    # The action before it is untouched.
    assert "my-working-groups" in actions.user.objectIds()
