"""1016 → 1018: the home page's settings and control panel, the calls' closing day in the catalog."""

from plone import api


def index_call_close_dates(setup_tool) -> None:
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Call"):
        brain._unrestrictedGetObject().reindexObject(idxs=["call_close_date"])
