"""Upgrade 1002 → 1006 of the content profile: the Trade and Opportunity types,
their permissions, indexes and columns, the trades behavior on actors and resources."""

from plone import api


PROFILE = "polepatrimoine.content:default"
INDEXES = ("opportunity_kind", "trades", "trade_families", "opportunity_level")


def test_upgrade_adds_types_behavior_and_filled_indexes(integration, setup_tool):
    portal = integration["portal"]
    types = api.portal.get_tool("portal_types")
    catalog = api.portal.get_tool("portal_catalog")
    types.manage_delObjects(["Opportunity", "Trade"])
    for name in ("Actor", "Resource"):
        fti = types[name]
        fti.behaviors = tuple(b for b in fti.behaviors if b != "polepatrimoine.trades")
    for index in (*INDEXES, "opportunity_deadline"):
        catalog.delIndex(index)
    portal.manage_permission("polepatrimoine: Add Opportunity", [], acquire=True)
    setup_tool.setLastVersionForProfile(PROFILE, "1002")

    setup_tool.upgradeProfile(PROFILE)

    # Later upgrades run too (issue 18's): the profile ends at its current version.
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert {"Opportunity", "Trade"} <= set(types.objectIds())
    assert "polepatrimoine.trades" in types["Actor"].behaviors
    assert "polepatrimoine.trades" in types["Resource"].behaviors
    # The demo's offers and tagged actors are found again through the new indexes.
    assert len(catalog(portal_type="Opportunity", opportunity_kind="alternance")) == 3
    assert len(catalog(portal_type="Actor", trades="tailleur-de-pierre")) == 2
    assert len(catalog(trade_families="archeologie", portal_type="Trade")) == 3
    roles = {
        r["name"]
        for r in portal.rolesOfPermission("polepatrimoine: Add Opportunity")
        if r["selected"]
    }
    assert roles == {"Manager", "Site Administrator"}
