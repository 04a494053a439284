"""1010 → 1016: the events' département (index event_department) for the observatory's filter."""

from plone import api


def index_event_departments(setup_tool) -> None:
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Event"):
        brain._unrestrictedGetObject().reindexObject(idxs=["event_department"])
