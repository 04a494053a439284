"""A type's workflow as the workflow tool has it: no workflow id in the code."""

from plone import api
from zope.i18n import translate
from zope.i18nmessageid import Message


def workflow_of(portal_type: str):
    """The first workflow of the type's chain (None for a type without one)."""
    wftool = api.portal.get_tool("portal_workflow")
    chain = wftool.getChainForPortalType(portal_type)
    return wftool.getWorkflowById(chain[0]) if chain else None


def states_of(portal_type: str) -> tuple[str, ...]:
    """The states of the type's workflow, in the order the workflow defines them."""
    workflow = workflow_of(portal_type)
    return tuple(workflow.states.objectIds()) if workflow is not None else ()


def state_message(state: str, portal_type: str) -> Message:
    """The title of a state of the type's workflow, as a msgid to translate."""
    wftool = api.portal.get_tool("portal_workflow")
    return Message(
        wftool.getTitleForStateOnType(state, portal_type), domain="polepatrimoine"
    )


def state_title(state: str, portal_type: str, request) -> str:
    return translate(state_message(state, portal_type), context=request)


def history(obj) -> tuple:
    """The entries of the history of the object's own workflow (its placeful
    chain included), oldest first."""
    workflows = api.portal.get_tool("portal_workflow").getWorkflowsFor(obj)
    if not workflows:
        return ()
    return tuple(getattr(obj, "workflow_history", {}).get(workflows[0].getId(), ()))
