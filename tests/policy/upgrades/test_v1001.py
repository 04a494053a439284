"""Upgrade 1000 → 1001 of the policy profile: a site made before caching gets it."""

from plone import api

import pytest


PROFILE = "polepatrimoine.policy:default"
ENABLED = "plone.caching.interfaces.ICacheSettings.enabled"
MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"


@pytest.fixture
def site_at_1000(portal, setup_tool):
    """The site as version 1000 left it: no plone.app.caching, no rules."""
    api.portal.set_registry_record(ENABLED, False)
    # A setting the site's managers changed since the install.
    api.portal.set_registry_record("plone.enable_self_reg", False)
    api.portal.set_registry_record(MAPPING, {})
    setup_tool.unsetLastVersionForProfile("plone.app.caching:default")
    setup_tool.setLastVersionForProfile(PROFILE, "1000")
    return portal


def test_upgrade_installs_caching_with_the_suites_rules(site_at_1000, setup_tool):
    # Later steps (1003: the newsletter's section) follow this group.
    group = setup_tool.listUpgrades(PROFILE)[0]
    assert [step["title"] for step in group] == [
        "Install plone.app.caching",
        "Caching rules of the suite",
    ]
    setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert setup_tool.getLastVersionForProfile("plone.app.caching:default") != "unknown"
    assert api.portal.get_registry_record(ENABLED) is True
    mapping = api.portal.get_registry_record(MAPPING)
    assert mapping["polepatrimoine.private"] == "plone.app.caching.noCaching"
    assert mapping["polepatrimoine.publicData"] == "plone.app.caching.moderateCaching"
    assert mapping["plone.content.folderView"] == "plone.app.caching.moderateCaching"
    assert api.portal.get_registry_record(
        "plone.app.caching.moderateCaching.plone.content.folderView.anonOnly"
    )
    assert setup_tool.listUpgrades(PROFILE) == []
    assert api.portal.get_registry_record("plone.enable_self_reg") is False
