"""Upgrade 1000 → 1001 of the content profile: coordinators get the actor membership permission."""

from polepatrimoine.content.actors.coordination import MANAGE_MEMBERSHIP


def roles_of(portal) -> set:
    return {
        r["name"] for r in portal.rolesOfPermission(MANAGE_MEMBERSHIP) if r["selected"]
    }


def test_upgrade_grants_the_permission(integration, setup_tool):
    portal = integration["portal"]
    profile = "polepatrimoine.content:default"
    portal.manage_permission(MANAGE_MEMBERSHIP, ["Manager"], acquire=True)
    setup_tool.setLastVersionForProfile(profile, "1000")
    assert roles_of(portal) == {"Manager"}
    assert len(setup_tool.listUpgrades(profile)) == 1
    setup_tool.upgradeProfile(profile)
    assert roles_of(portal) == {"Manager", "Site Administrator"}
    assert setup_tool.getLastVersionForProfile(profile) == ("1001",)
