"""The projects' catalog entries follow their carrier's title and state."""

from plone import api


def carrier_changed(actor, event) -> None:
    # carrier_title is a metadata column of each project the actor carries,
    # empty while the actor is not public.
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Project", project_carrier=actor.UID()
    ):
        brain._unrestrictedGetObject().reindexObject(idxs=["project_carrier"])
