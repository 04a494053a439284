"""1005 → 1006: jeunes-pros/offres shows its open offers (@@opportunities) by default."""

from plone import api
from polepatrimoine.policy.setup import section_layouts


def set_offers_view(setup_tool) -> None:
    # Only sections still on Plone's listing get a view: an editor's choice stays.
    section_layouts.set_section_views(api.portal.get())
