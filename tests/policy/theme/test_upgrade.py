"""Upgrade 1009 → 1010 of the policy profile on a site as it was before the theme:
Barceloneta, 127.0.0.1 unthemed, Plone's footer portlets, no legal pages. A
page of that name that editors already wrote is kept."""

from plone import api
from plone.app.theming.interfaces import IThemeSettings
from plone.app.theming.utils import applyTheme
from plone.app.theming.utils import getTheme
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from plone.registry.interfaces import IRegistry
from zope.component import getMultiAdapter
from zope.component import getUtility


PROFILE = "polepatrimoine.policy:default"
REGISTRY = "plone.app.theming.interfaces.IThemeSettings"


def footer_portlets(portal):
    manager = getUtility(IPortletManager, name="plone.footerportlets", context=portal)
    return getMultiAdapter((portal, manager), IPortletAssignmentMapping)


def as_before_the_theme(portal, setup_tool):
    applyTheme(getTheme("barceloneta"))
    api.portal.set_registry_record(f"{REGISTRY}.hostnameBlacklist", ["127.0.0.1"])
    records = getUtility(IRegistry).records
    for name in [
        n
        for n in records
        if n.startswith(
            ("plone.bundles/polepatrimoine-theme", "polepatrimoine.identity.")
        )
    ]:
        del records[name]
    # Plone's default footer portlets, as a new Plone site has them.
    setup_tool.runImportStepFromProfile(
        "profile-Products.CMFPlone:dependencies", "portlets", run_dependencies=False
    )
    portal.manage_delObjects(["mentions-legales", "accessibilite"])
    getUtility(IRegistry)["plone.site_logo"] = None
    actions = api.portal.get_tool("portal_actions").site_actions
    actions[
        "accessibility"
    ].url_expr = "string:${navigation_root_url}/accessibility-info"
    actions.manage_delObjects(["legal-notice"])
    # A setting of registry.xml that the site's managers changed since.
    api.portal.set_registry_record("plone.enable_self_reg", False)
    setup_tool.setLastVersionForProfile(PROFILE, "1009")


def test_upgrade_brings_the_theme_and_the_pages(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        as_before_the_theme(portal, setup_tool)
        api.content.create(
            container=portal, type="Document", id="accessibilite", title="Notre page"
        )
        assert {"footer", "colophon"} <= set(footer_portlets(portal))

        setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    settings = getUtility(IRegistry).forInterface(IThemeSettings, False)
    assert settings.enabled
    assert settings.rules == "/++theme++polepatrimoine/rules.xml"
    assert settings.hostnameBlacklist == []
    assert (
        api.portal.get_registry_record(
            "plone.bundles/polepatrimoine-theme.csscompilation"
        )
        == "++theme++polepatrimoine/css/polepatrimoine.css"
    )
    assert api.portal.get_registry_record("plone.enable_self_reg") is False
    assert api.portal.get_registry_record("polepatrimoine.identity.address") == (
        "Pays de la Loire"
    )
    assert set(footer_portlets(portal)) == {"actions"}
    assert api.portal.get_registry_record("plone.site_logo").startswith(b"filenameb64:")
    notice = portal["mentions-legales"]
    assert api.content.get_state(notice) == "published"
    assert notice.exclude_from_nav
    assert "Hébergement" in notice.text.raw
    # Written by the site's editors before the upgrade: theirs.
    assert portal["accessibilite"].title == "Notre page"
    actions = api.portal.get_tool("portal_actions").site_actions
    assert actions["accessibility"].url_expr == "string:${portal_url}/accessibilite"
    assert "legal-notice" in actions.objectIds()
