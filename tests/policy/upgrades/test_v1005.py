"""Upgrade 1001 → 1005 of the policy profile: the folders offres and metiers, the
seeded trades, the fiches métiers tagged with their trade."""

from plone import api
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from polepatrimoine.policy.setup.trades import TRADES


PROFILE = "polepatrimoine.policy:default"


def test_upgrade_creates_the_folders_and_the_trades(integration, setup_tool):
    portal = integration["portal"]
    section = portal["jeunes-pros"]
    with api.env.adopt_roles(["Manager"]):
        section.manage_delObjects(["offres", "metiers"])
        fiche = portal["ressources"]["fiche-metier-tailleur-de-pierre"]
        fiche.trades = []
        fiche.reindexObject()
    setup_tool.setLastVersionForProfile(PROFILE, "1001")

    setup_tool.upgradeProfile(PROFILE)

    # The upgrades go on to the profile's current version (1006 shows the offers).
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert section["offres"].getLayout() == "opportunities"
    assert len(section["metiers"].objectIds()) == len(TRADES)
    assert ISelectableConstrainTypes(section["offres"]).getLocallyAllowedTypes() == [
        "Opportunity"
    ]
    roles = {
        r["name"]
        for r in section["offres"].rolesOfPermission("polepatrimoine: Add Opportunity")
        if r["selected"]
    }
    assert "Member" in roles
    assert fiche.trades == ["tailleur-de-pierre"]
    assert api.content.find(UID=fiche.UID(), trades="tailleur-de-pierre")
