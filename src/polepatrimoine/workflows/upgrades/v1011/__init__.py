"""1010 → 1011: the newsletter's ``send`` transition gets a name (WorkflowTransitions)."""

from plone import api
from Products.GenericSetup.interfaces import IBody
from zope.component import queryMultiAdapter


PROFILE = "profile-polepatrimoine.workflows:default"
WORKFLOW = "polepatrimoine_newsletter_issue_workflow"


def reimport_newsletter_workflow(setup_tool) -> None:
    # The "workflow" import step would re-import every workflow and reset
    # what other upgrades or site managers changed in them: this one only.
    context = setup_tool._getImportContext(PROFILE)
    definition = api.portal.get_tool("portal_workflow")[WORKFLOW]
    importer = queryMultiAdapter((definition, context), IBody)
    importer.body = context.readDataFile(f"workflows/{WORKFLOW}/definition.xml")
