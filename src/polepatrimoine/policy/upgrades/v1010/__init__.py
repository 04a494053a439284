"""1009 → 1010: the theme, the footer's identity, the legal pages."""

from plone import api
from polepatrimoine.policy.setup import identity
from polepatrimoine.policy.setup import legal_pages


def identity_and_legal_pages(setup_tool) -> None:
    portal = api.portal.get()
    identity.configure_identity(portal)
    legal_pages.create_legal_pages(portal)
