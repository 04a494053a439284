"""1005 → 1010: reviewers of offers publish or send back, they no longer edit (review 10)."""

from plone import api


def update_offers_security(setup_tool) -> None:
    # The workflow's new permission maps reach the offers already made.
    workflow = api.portal.get_tool("portal_workflow")
    definition = workflow["polepatrimoine_opportunity_workflow"]
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Opportunity"):
        offer = brain._unrestrictedGetObject()
        if definition.updateRoleMappingsFor(offer):
            offer.reindexObjectSecurity()
