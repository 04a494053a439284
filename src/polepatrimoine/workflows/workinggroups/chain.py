"""Content created inside a working group follows the workspace workflow."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.base.interfaces import IWorkflowChain
from plone.dexterity.interfaces import IDexterityContent
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup
from Products.CMFCore.interfaces import IWorkflowTool
from Products.CMFPlone.workflow import ToolWorkflowChain
from zope.component import adapter
from zope.interface import implementer


WORKSPACE_WORKFLOW = "polepatrimoine_workspace_workflow"
WORKSPACE_TYPES = (
    "Document",
    "File",
    "Image",
    "Folder",
    "Event",
    "News Item",
    "Link",
    "Discussion",
)


def working_group_of(obj):
    """The working group that contains obj (not obj itself), or None."""
    parent = aq_parent(aq_inner(obj))
    while parent is not None:
        if IWorkingGroup.providedBy(parent):
            return parent
        parent = aq_parent(parent)
    return None


@adapter(IDexterityContent, IWorkflowTool)
@implementer(IWorkflowChain)
def workspace_chain(context, workflow_tool):
    if (
        getattr(context, "portal_type", None) in WORKSPACE_TYPES
        and working_group_of(context) is not None
    ):
        return (WORKSPACE_WORKFLOW,)
    return ToolWorkflowChain(context, workflow_tool)
