"""Upgrade 1007 → 1008 of the content profile: actors' ``welcomes_young``."""

from plone import api
from tests.fixtures.actors import make_actor


PROFILE = "polepatrimoine.content:default"


def test_upgrade_adds_the_behavior_index_and_column(integration, setup_tool):
    portal = integration["portal"]
    actor = make_actor(portal, title="Atelier d'avant", welcomes_young=["stages"])
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("welcomes_young")
    catalog.delColumn("welcomes_young")
    fti = api.portal.get_tool("portal_types")["Actor"]
    fti.behaviors = tuple(
        b for b in fti.behaviors if b != "polepatrimoine.welcomes_young"
    )
    setup_tool.setLastVersionForProfile(PROFILE, "1007")
    setup_tool.upgradeProfile(PROFILE)
    assert "polepatrimoine.welcomes_young" in fti.behaviors
    (brain,) = catalog(UID=actor.UID(), welcomes_young="stages")
    assert brain.welcomes_young == ["stages"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1008",)
