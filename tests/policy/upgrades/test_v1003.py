"""Upgrade 1001 → 1003 of the policy profile: the section « La lettre d'information »."""

from plone import api


PROFILE = "polepatrimoine.policy:default"


def test_upgrade_adds_the_newsletter_section(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=portal["lettre"])
        setup_tool.setLastVersionForProfile(PROFILE, "1001")
        # As an administrator runs it from the add-ons control panel.
        setup_tool.upgradeProfile(PROFILE, dest="1003")
    section = portal["lettre"]
    assert section.portal_type == "Folder"
    assert section.Title() == "La lettre d'information"
    assert api.content.get_state(section) == "published"
    ids = [i for i in portal.objectIds() if i in ("jeunes-pros", "lettre", "a-propos")]
    assert ids == ["jeunes-pros", "lettre", "a-propos"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1003",)
