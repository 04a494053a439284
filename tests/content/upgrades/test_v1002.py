"""Upgrade 1001 → 1002 of the content profile: the personal-data permission and links."""

from polepatrimoine.content.personaldata.access import MANAGE


def roles_of(portal) -> set:
    return {r["name"] for r in portal.rolesOfPermission(MANAGE) if r["selected"]}


def test_upgrade_grants_the_permission_and_adds_the_links(integration, setup_tool):
    portal = integration["portal"]
    profile = "polepatrimoine.content:default"
    portal.manage_permission(MANAGE, ["Manager"], acquire=True)
    user_actions = portal.portal_actions.user
    for name in ("my-data", "personal-data"):
        user_actions.manage_delObjects([name])
    setup_tool.setLastVersionForProfile(profile, "1001")
    assert roles_of(portal) == {"Manager"}
    setup_tool.upgradeProfile(profile)
    assert roles_of(portal) == {"Manager", "Site Administrator"}
    assert {"my-data", "personal-data"} <= set(user_actions.objectIds())
    assert setup_tool.getLastVersionForProfile(profile) == ("1002",)
