"""Upgrade 1016 → 1018 of the content profile: the home page's records and
control panel, the calls' closing day indexed."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from polepatrimoine.content.home.settings import BLOCKS
from polepatrimoine.content.home.settings import IHomeSettings
from tests.fixtures.calls import make_call


PROFILE = "polepatrimoine.content:default"


def test_upgrade_brings_the_home_page_settings(integration, setup_tool):
    portal = integration["portal"]
    catalog = api.portal.get_tool("portal_catalog")
    registry = api.portal.get_tool("portal_registry")
    controlpanel = api.portal.get_tool("portal_controlpanel")
    with api.env.adopt_roles(["Manager"]):
        call = make_call(
            portal["accompagnement"], "ancien-appel", close_date=today() + timedelta(3)
        )
    # The site as 1016 left it: no records, configlet, index nor column.
    for name in IHomeSettings.names():
        del registry.records[f"polepatrimoine.home.{name}"]
    controlpanel.unregisterConfiglet("home-settings")
    catalog.delIndex("call_close_date")
    catalog.delColumn("call_close_date")
    setup_tool.setLastVersionForProfile(PROFILE, "1016")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert api.portal.get_registry_record("polepatrimoine.home.blocks") == list(BLOCKS)
    assert api.portal.get_registry_record("polepatrimoine.home.items") == 3
    assert "home-settings" in [a.getId() for a in controlpanel.listActions()]
    (brain,) = api.content.find(
        UID=call.UID(), call_close_date={"query": today(), "range": "min"}
    )
    assert brain.call_close_date == call.close_date


def test_upgrade_keeps_what_coordinators_wrote(integration, setup_tool):
    api.portal.set_registry_record("polepatrimoine.home.intro", "Notre texte.")
    api.portal.set_registry_record("polepatrimoine.home.blocks", ["news"])
    setup_tool.setLastVersionForProfile(PROFILE, "1016")

    setup_tool.upgradeProfile(PROFILE)

    assert api.portal.get_registry_record("polepatrimoine.home.intro") == "Notre texte."
    assert api.portal.get_registry_record("polepatrimoine.home.blocks") == ["news"]
