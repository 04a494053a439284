"""1009 → 1010: the theme, the footer's identity, the legal pages."""

from pathlib import Path
from plone import api
from plone.app.registry.exportimport.handler import RegistryImporter
from plone.registry.interfaces import IRegistry
from polepatrimoine.policy.setup import identity
from polepatrimoine.policy.setup import legal_pages
from Products.GenericSetup.context import DirectoryImportContext
from zope.component import getUtility


PROFILE = Path(__file__).parents[2] / "profiles" / "default"


def theme_records(setup_tool) -> None:
    """The theme's registry records only, not the rest of registry.xml."""
    context = DirectoryImportContext(setup_tool, str(PROFILE))
    importer = RegistryImporter(getUtility(IRegistry), context)
    importer.importDocument(context.readDataFile("registry/theme.xml"))


def identity_and_legal_pages(setup_tool) -> None:
    portal = api.portal.get()
    identity.configure_identity(portal)
    legal_pages.create_legal_pages(portal)
