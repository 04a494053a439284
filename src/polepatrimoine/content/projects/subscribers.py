"""The projects' catalog entries follow their carrier's title."""

from plone import api


def carrier_renamed(actor, event) -> None:
    # carrier_title is a metadata column of each project the actor carries.
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Project", project_carrier=actor.UID()
    ):
        project = brain._unrestrictedGetObject()
        if brain.carrier_title != actor.Title():
            project.reindexObject(idxs=["project_carrier"])
