"""1002 → 1003: the news watch (behavior on News Item, its indexes) and the
« Réseaux sociaux » records and control panel."""

from plone import api
from polepatrimoine.content import logger


def reindex_news(context):
    """News items indexed before the behavior: their interfaces and new columns."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="News Item")
    for brain in brains:
        brain._unrestrictedGetObject().reindexObject()
    logger.info("Reindexed %s news items for the news watch", len(brains))
