"""Where comments are on: every item of a space, nowhere else."""

from Acquisition import aq_inner
from plone.app.discussion.browser.conversation import (
    ConversationView as BaseConversationView,
)
from plone.app.discussion.interfaces import IComment
from plone.app.discussion.interfaces import IDiscussionSettings
from plone.base.interfaces import IWorkflowChain
from plone.registry.interfaces import IRegistry
from polepatrimoine.workflows.workinggroups.chain import WORKSPACE_TYPES
from polepatrimoine.workflows.workinggroups.chain import working_group_of
from Products.CMFCore.interfaces import IWorkflowTool
from Products.CMFPlone.workflow import ToolWorkflowChain
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import implementer


COMMENT_WORKFLOW = "polepatrimoine_group_comment_workflow"
# Every item of a space: its documents and also its date polls and kept mails
# (which have workflows of their own, hence not in WORKSPACE_TYPES).
COMMENTABLE_TYPES = (*WORKSPACE_TYPES, "DatePoll", "GroupMessage")


def commentable(context) -> bool:
    """Comments are on for this item: it is in a space and of a space's types."""
    context = aq_inner(context)
    return (
        getattr(context, "portal_type", None) in COMMENTABLE_TYPES
        and working_group_of(context) is not None
    )


class ConversationView(BaseConversationView):
    """plone.app.discussion's switch, which every channel asks (the comments
    viewlet and form, ``@comments``, the serializer's ``allow_discussion``):
    on inside the spaces whatever the type's setting, off elsewhere whatever
    the registry says."""

    def enabled(self):
        context = aq_inner(self.context)
        if not commentable(context):
            return False
        settings = queryUtility(IRegistry).forInterface(
            IDiscussionSettings, check=False
        )
        if not settings.globally_enabled:
            return False
        # An item an editor closed to comments stays closed.
        return getattr(context, "allow_discussion", None) is not False


@adapter(IComment, IWorkflowTool)
@implementer(IWorkflowChain)
def comment_chain(context, workflow_tool):
    """A comment in a space is read by the group only, even on a published item."""
    if working_group_of(context) is not None:
        return (COMMENT_WORKFLOW,)
    return ToolWorkflowChain(context, workflow_tool)
