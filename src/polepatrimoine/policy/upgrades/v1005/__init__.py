"""1001 → 1005: Jeunes-Pros: the offers and trades folders, the seeded trades, the
fiches métiers tagged with their trade."""

from plone import api
from polepatrimoine.policy.setup import sections
from polepatrimoine.policy.setup import trades


def create_folders_and_trades(setup_tool) -> None:
    portal = api.portal.get()
    sections.create_sections(portal)
    trades.seed(portal)
    trades.tag_fiches(portal)
