"""GenericSetup handlers of the Pôle Patrimoine policy profile."""

from plone import api
from plone.base.interfaces import INonInstallable
from polepatrimoine.policy import logger
from polepatrimoine.policy.setup import directory_roles
from polepatrimoine.policy.setup import groups
from polepatrimoine.policy.setup import identity
from polepatrimoine.policy.setup import legal_pages
from polepatrimoine.policy.setup import mail_sender
from polepatrimoine.policy.setup import news_feed
from polepatrimoine.policy.setup import newsletter_archive
from polepatrimoine.policy.setup import projects
from polepatrimoine.policy.setup import section_layouts
from polepatrimoine.policy.setup import sections
from polepatrimoine.policy.setup import trades
from zope.interface import implementer


# The content and workflows parts are installed through the policy profile: the
# add-ons control panel shows one add-on, "Pôle Patrimoine".
SUITE_PARTS = ("polepatrimoine.workflows", "polepatrimoine.content")


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        hidden = ["polepatrimoine.policy:uninstall", "polepatrimoine.policy:caching"]
        for part in SUITE_PARTS:
            hidden += [f"{part}:default", f"{part}:uninstall"]
        return hidden

    def getNonInstallableProducts(self):
        return list(SUITE_PARTS)


def post_install(context):
    """Create the sections and the user groups of the platform (idempotent)."""
    portal = api.portal.get()
    sections.create_sections(portal)
    trades.seed(portal)
    trades.tag_fiches(portal)
    directory_roles.configure_directory(portal)
    section_layouts.set_section_views(portal)
    news_feed.enable_news_feed(portal)
    projects.configure_projects(portal)
    newsletter_archive.configure_archive(portal)
    groups.create_groups()
    mail_sender.set_default_sender()
    identity.configure_identity(portal)
    legal_pages.create_legal_pages(portal)
    logger.info("Pôle Patrimoine structure is in place.")


def uninstall(context):
    """Uninstall the parts that the policy profile brought in.

    Sections, pages and user groups hold the site's data and are kept.
    """
    installer = api.portal.get_tool("portal_setup")
    for part in SUITE_PARTS:
        installer.runAllImportStepsFromProfile(f"profile-{part}:uninstall")
        installer.unsetLastVersionForProfile(f"{part}:default")
    # Turned off by the uninstall profile: a reinstall imports the rules again.
    installer.unsetLastVersionForProfile("polepatrimoine.policy:caching")
