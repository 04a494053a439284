"""Upgrade 1009 → 1011 of the policy profile: the site root shows the home page;
a view a coordinator chose is kept."""

from plone import api


PROFILE = "polepatrimoine.policy:default"


def _as_before(portal, layout):
    fti = api.portal.get_tool("portal_types").getTypeInfo(portal)
    fti.view_methods = tuple(v for v in fti.view_methods if v != "home")
    portal.setLayout(layout)
    return fti


def test_upgrade_shows_the_home_page(portal, setup_tool):
    fti = _as_before(portal, "document_view")
    setup_tool.setLastVersionForProfile(PROFILE, "1010")

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert portal.getLayout() == "home"
    assert "home" in fti.view_methods
    assert "document_view" in fti.view_methods


def test_upgrade_keeps_a_chosen_view(portal, setup_tool):
    _as_before(portal, "summary_view")
    setup_tool.setLastVersionForProfile(PROFILE, "1010")

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    assert portal.getLayout() == "summary_view"
