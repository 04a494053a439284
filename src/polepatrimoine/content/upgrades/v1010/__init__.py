"""1009 → 1010: observatory and open data: the member_since index, the
registrations_count column (filled for every event), the open-data licence."""

from plone import api


def index_observatory_data(setup_tool) -> None:
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Actor"):
        brain._unrestrictedGetObject().reindexObject(idxs=["member_since"])
    for brain in catalog.unrestrictedSearchResults(portal_type="Event"):
        # Any reindex refreshes the metadata columns, registrations_count among them.
        brain._unrestrictedGetObject().reindexObject(idxs=["getId"])
