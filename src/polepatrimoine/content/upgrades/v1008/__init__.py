"""1007 → 1008: Jeunes-Pros (issue 17, 17c): actors' ``welcomes_young`` (behavior,
index, column), the applications' permission and retention record."""

from plone import api


PROFILE = "profile-polepatrimoine.content:default"


def welcomes_young(setup_tool) -> None:
    """The behavior on Actor, its index and column, filled for existing actors."""
    setup_tool.runImportStepFromProfile(PROFILE, "typeinfo")
    setup_tool.runImportStepFromProfile(PROFILE, "catalog")
    catalog = api.portal.get_tool("portal_catalog")
    # A new index is empty and a new column holds nothing: every actor once.
    for brain in catalog.unrestrictedSearchResults(portal_type="Actor"):
        brain._unrestrictedGetObject().reindexObject(idxs=["welcomes_young"])
