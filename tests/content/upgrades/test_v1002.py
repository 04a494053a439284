"""Upgrade 1001 → 1002 of the content profile: the retention records and their control panel."""

from plone import api
from polepatrimoine.content.personaldata.register import RETENTION


def test_upgrade_adds_the_records_and_the_control_panel(integration, setup_tool):
    profile = "polepatrimoine.content:default"
    registry = api.portal.get_tool("portal_registry")
    controlpanel = api.portal.get_tool("portal_controlpanel")
    for name in RETENTION:
        del registry.records[name]
    controlpanel.unregisterConfiglet("personal-data-settings")
    setup_tool.setLastVersionForProfile(profile, "1001")
    setup_tool.upgradeProfile(profile)
    for name, default in RETENTION.items():
        assert api.portal.get_registry_record(name) == default
    ids = [action.getId() for action in controlpanel.listActions()]
    assert "personal-data-settings" in ids
    assert setup_tool.getLastVersionForProfile(profile) == ("1002",)
