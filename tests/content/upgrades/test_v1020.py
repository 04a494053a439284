"""Upgrade 1018 → 1020 of the content profile: Plone's own dates in the French form."""

from DateTime import DateTime
from plone import api
from plone.base.i18nl10n import ulocalized_time


PROFILE = "polepatrimoine.content:default"
PREFIX = "Products.CMFPlone.i18nl10n.override_dateformat."


def in_english(moment, portal, **options) -> str:
    """As Plone formats it for a browser that asks for English."""
    return ulocalized_time(
        moment, context=portal, request=portal.REQUEST, target_language="en", **options
    )


def test_upgrade_sets_the_french_formats(integration, setup_tool):
    portal = integration["portal"]
    # The site as it was before: Plone's formats, from the browser's language.
    api.portal.set_registry_record(PREFIX + "Enabled", False)
    api.portal.set_registry_record(PREFIX + "date_format_long", "%Y-%m-%d %H:%M")
    # Plone writes a DateTime in the process's zone (Paris under make start):
    # this test is about the form, so the moment is in that zone.
    moment = DateTime(2026, 12, 20, 14, 0)
    assert in_english(moment, portal, long_format=True) == "Dec 20, 2026 02:00 PM"
    setup_tool.setLastVersionForProfile(PROFILE, "1018")
    setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert in_english(moment, portal, long_format=True) == "20/12/2026 14:00"
    assert in_english(moment, portal) == "20/12/2026"
    assert in_english(moment, portal, time_only=True) == "14:00"


def test_a_new_site_has_them(integration):
    assert api.portal.get_registry_record(PREFIX + "Enabled") is True
    assert (
        api.portal.get_registry_record(PREFIX + "date_format_short") == "${d}/${m}/${Y}"
    )
