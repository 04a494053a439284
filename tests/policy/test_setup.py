"""Install, uninstall and upgrades of the three profiles."""

from plone import api
from plone.base.utils import get_installer
from polepatrimoine.content.interfaces import IBrowserLayer

import pytest


PROFILES = (
    "polepatrimoine.content:default",
    "polepatrimoine.workflows:default",
    "polepatrimoine.policy:default",
)
# The last upgrade step of each profile (each package's upgrades/v<N>/).
VERSIONS = {
    "polepatrimoine.content:default": "1020",
    "polepatrimoine.workflows:default": "1011",
    "polepatrimoine.policy:default": "1011",
}


class TestInstall:
    @pytest.mark.parametrize("profile", PROFILES)
    def test_profile_installed_at_its_version(self, profile_last_version, profile):
        assert profile_last_version(profile) == VERSIONS[profile]

    def test_caching_installed_and_on(self, installer):
        assert installer.is_product_installed("plone.app.caching")
        assert api.portal.get_registry_record(
            "plone.caching.interfaces.ICacheSettings.enabled"
        )

    @pytest.mark.parametrize("profile", PROFILES)
    def test_no_upgrade_step_pending(self, setup_tool, profile):
        assert setup_tool.listUpgrades(profile) == []

    def test_browserlayer(self, browser_layers):
        assert IBrowserLayer in browser_layers

    def test_dependencies_installed(self, installer):
        assert installer.is_product_installed("plone.restapi")
        assert installer.is_product_installed("collective.geolocationbehavior")

    def test_one_add_on_in_the_control_panel(self, portal):
        view = api.content.get_view(
            "prefs_install_products_form", portal, portal.REQUEST
        )
        products = {p["id"]: p for p in view.get_installed() + view.get_available()}
        assert products["polepatrimoine.policy"]["title"] == "Pôle Patrimoine"
        assert "polepatrimoine.content" not in products
        assert "polepatrimoine.workflows" not in products


class TestUninstall:
    @pytest.fixture(autouse=True)
    def uninstalled(self, installer):
        installer.uninstall_product("polepatrimoine.policy")

    def test_policy_uninstalled(self, installer):
        assert installer.is_product_installed("polepatrimoine.policy") is False

    @pytest.mark.parametrize(
        "part", ["polepatrimoine.content", "polepatrimoine.workflows"]
    )
    def test_parts_uninstalled(self, setup_tool, part):
        assert setup_tool.getLastVersionForProfile(f"{part}:default") == "unknown"

    def test_browserlayer_removed(self, browser_layers):
        assert IBrowserLayer not in browser_layers

    def test_caching_turned_off(self):
        assert not api.portal.get_registry_record(
            "plone.caching.interfaces.ICacheSettings.enabled"
        )

    def test_content_is_kept(self, portal):
        assert "acteurs" in portal.objectIds()

    def test_site_root_shows_its_text_again(self, portal):
        fti = api.portal.get_tool("portal_types").getTypeInfo(portal)
        assert portal.getLayout() == "document_view"
        assert "home" not in fti.view_methods

    def test_reinstall(self, installer, portal):
        installer.install_product("polepatrimoine.policy")
        assert installer.is_product_installed("polepatrimoine.policy")
        assert portal.getLayout() == "home"
        assert api.portal.get_registry_record(
            "plone.caching.interfaces.ICacheSettings.enabled"
        )


class TestAddOnOnExistingSite:
    """pip install + activate in the add-ons control panel, on a plain site."""

    @pytest.fixture
    def site(self, app, create_site):
        site = create_site(
            app,
            {
                "site_id": "existing",
                "title": "Site existant",
                "description": "",
                "default_language": "fr",
                "portal_timezone": "Europe/Paris",
                "setup_content": False,
            },
        )
        with api.env.adopt_roles(["Manager"]):
            get_installer(site).install_product("polepatrimoine.policy")
        return site

    @pytest.fixture(scope="session")
    def distribution_name(self):
        return "classic"

    def test_installed(self, site):
        assert get_installer(site).is_product_installed("polepatrimoine.policy")

    def test_structure_without_demo_content(self, site):
        assert "acteurs" in site.objectIds()
        assert "trajet" in site["accompagnement"].objectIds()
        assert site["groupes-de-travail"].objectIds() == []

    def test_groups(self, site):
        assert api.group.get(groupname="coordinateurs") is not None

    def test_no_demo_contact_in_the_footer(self, site):
        # The demo's example addresses (policy/demo/identity.py) stay off a real site.
        registry = site.portal_registry
        for name in (
            "polepatrimoine.identity.email",
            "polepatrimoine.identity.phone",
            "polepatrimoine.social.linkedin_url",
            "polepatrimoine.social.facebook_url",
        ):
            assert registry.get(name) is None, name

    def test_reinstall_keeps_edits(self, site):
        site["acteurs"].title = "Nos acteurs"
        setup = site.portal_setup
        setup.runAllImportStepsFromProfile("profile-polepatrimoine.policy:default")
        assert site["acteurs"].title == "Nos acteurs"
