"""1000 → 1001: the permission of an actor's membership, labels and creators;
the catalog's replay links re-read through the link rule."""

from plone import api


def reindex_replay_links(setup_tool) -> None:
    # The ``replay_url`` column may hold a link indexed before the rule: the
    # indexer now leaves an unsafe one out.
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Event"):
        if brain.replay_url:
            brain._unrestrictedGetObject().reindexObject()
