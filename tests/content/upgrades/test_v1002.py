"""Upgrade 1001 → 1002 of the content profile: personal data (retention records and
their control panel, the coordinators' permission, the links to the pages)."""

from plone import api
from polepatrimoine.content.personaldata.access import MANAGE
from polepatrimoine.content.personaldata.register import RETENTION


def test_upgrade_adds_the_records_and_the_control_panel(integration, setup_tool):
    profile = "polepatrimoine.content:default"
    registry = api.portal.get_tool("portal_registry")
    controlpanel = api.portal.get_tool("portal_controlpanel")
    for name in RETENTION:
        del registry.records[name]
    controlpanel.unregisterConfiglet("personal-data-settings")
    setup_tool.setLastVersionForProfile(profile, "1001")
    setup_tool.upgradeProfile(profile, dest="1002")
    for name, default in RETENTION.items():
        assert api.portal.get_registry_record(name) == default
    ids = [action.getId() for action in controlpanel.listActions()]
    assert "personal-data-settings" in ids
    assert setup_tool.getLastVersionForProfile(profile) == ("1002",)


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
    setup_tool.upgradeProfile(profile, dest="1002")
    assert roles_of(portal) == {"Manager", "Site Administrator"}
    assert {"my-data", "personal-data"} <= set(user_actions.objectIds())
    assert setup_tool.getLastVersionForProfile(profile) == ("1002",)
