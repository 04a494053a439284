"""Upgrade 1005 → 1006 of the policy profile: jeunes-pros/offres lists its open offers."""

import pytest


PROFILE = "polepatrimoine.policy:default"


@pytest.fixture
def site_at_1005(portal, setup_tool):
    """As 1005 left it: the folder created with Plone's listing."""
    portal["jeunes-pros"]["offres"].setLayout("listing_view")
    setup_tool.setLastVersionForProfile(PROFILE, "1005")
    return portal


def test_upgrade_sets_the_offers_view(site_at_1005, setup_tool):
    # The first step offered; issue 18's come after it.
    step = setup_tool.listUpgrades(PROFILE)[0]
    assert step["title"] == "Jeunes-Pros: jeunes-pros/offres shows its open offers"
    setup_tool.upgradeProfile(PROFILE)
    # Later upgrades run too (issue 18's): the profile ends at its current version.
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert site_at_1005["jeunes-pros"]["offres"].getLayout() == "opportunities"
    assert setup_tool.listUpgrades(PROFILE) == []


def test_an_editors_view_is_kept(portal, setup_tool):
    portal["jeunes-pros"]["offres"].setLayout("summary_view")
    setup_tool.setLastVersionForProfile(PROFILE, "1005")
    setup_tool.upgradeProfile(PROFILE)
    assert portal["jeunes-pros"]["offres"].getLayout() == "summary_view"
