"""POST …/@workflow/<transition>: plone.restapi's service, its refusal in French."""

from plone.restapi.services.workflow.transition import WorkflowTransition
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import GuardedService
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate
from zope.i18nmessageid import Message


class FrenchWorkflowTransition(WorkflowTransition):
    """plone.restapi answers ``str(error)``: CMFCore's msgid, its
    ``${action_id}`` left in and in English. The same refusal, in French."""

    def recurse_transition(self, *args, **kwargs):
        try:
            return super().recurse_transition(*args, **kwargs)
        except WorkflowException as error:
            message = error.args[0] if error.args else ""
            if not str(message).startswith("No workflow provides the '"):
                if isinstance(message, Message):
                    # Translated here, with its mapping: str() would drop both.
                    raise WorkflowException(
                        translate(message, context=self.request)
                    ) from error
                raise
            text = _(
                "No transition « ${transition} » is possible here.",
                mapping={"transition": self.transition},
            )
            raise WorkflowException(translate(text, context=self.request)) from error


class WorkflowTransitionService(GuardedService, FrenchWorkflowTransition):
    """The suite's @workflow POST on any content (the applications have their own)."""
