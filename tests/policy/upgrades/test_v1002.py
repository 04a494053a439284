"""Upgrade 1001 → 1002 of the policy profile: the news section's listing and RSS."""

from plone.base.interfaces.syndication import IFeedSettings


PROFILE = "polepatrimoine.policy:default"


def test_upgrade_sets_the_news_view_and_feed(integration, setup_tool):
    section = integration["portal"]["actualites"]
    section.setLayout("listing_view")
    IFeedSettings(section).enabled = False
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert section.getLayout() == "news"
    assert IFeedSettings(section).enabled


def test_upgrade_keeps_a_view_chosen_by_the_editors(integration, setup_tool):
    section = integration["portal"]["actualites"]
    section.setLayout("summary_view")
    setup_tool.setLastVersionForProfile(PROFILE, "1001")
    setup_tool.upgradeProfile(PROFILE)
    assert section.getLayout() == "summary_view"
