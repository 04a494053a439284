"""1008 → 1009: the sections observatoire and donnees-ouvertes, with their views."""

from plone import api
from polepatrimoine.policy.setup import section_layouts
from polepatrimoine.policy.setup import sections


def create_observatory_sections(setup_tool) -> None:
    portal = api.portal.get()
    sections.create_sections(portal)
    section_layouts.set_section_views(portal)
