"""Import: new actors start published, as a coordinator's ``publish`` would."""

from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from AccessControl.Permission import pname
from copy import copy
from DateTime import DateTime
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.actors.importer.columns import in_french


class PublishRefused(Unauthorized):
    """The importing user may not publish the actors the import would create."""


class Publisher:
    """Starts new actors in the published state, as a coordinator's publish would.

    The workflow history (created, then ``publish`` by the importing user) and
    the published state's permissions are written before the actor is added:
    the workflow tool starts no workflow that already has a history, so an
    imported actor goes through neither the initial state nor a transition
    (each would rewrite its permissions and search the catalog for its
    security; the actor is indexed whole once added). The permissions are the
    workflow's, computed for the first actor and given to the others (they all
    start from the same class defaults), unless the workflow manages local roles.

    The ``publish`` guard is checked once, on the directory: whoever may import
    but not publish gets Unauthorized. No transition events are fired (content
    rules on workflow changes do not run for imported actors). When a workflow
    of the actor (placeful workflows included) has no ``publish`` transition to
    ``published``, each actor is added as usual and transitioned instead.
    """

    def __init__(self, container):
        self.container = container
        self.wftool = api.portal.get_tool("portal_workflow")
        self.userid = api.user.get_current().getId()
        self.comments = in_french(_("Imported from a CSV file."))
        self.workflows = None
        self.fast = True
        self.permissions = None

    def _start(self, actor) -> None:
        """The actor's workflows, from the first actor, as placed in the directory."""
        self.workflows = self.wftool.getWorkflowsFor(actor.__of__(self.container))
        for workflow in self.workflows:
            transition = workflow.transitions.get("publish")
            if (
                transition is None
                or transition.new_state_id != "published"
                or "published" not in workflow.states
            ):
                self.fast = False
                return
            guard = transition.getGuard()
            if not guard.check(getSecurityManager(), workflow, self.container):
                raise PublishRefused(
                    in_french(
                        _(
                            "You may not publish actors, and an import publishes "
                            "the actors it creates."
                        )
                    )
                )
            if workflow.getGroups():
                self.permissions = False

    def add(self, adder, actor):
        if self.workflows is None:
            self._start(actor)
        if not self.fast:
            actor = adder.add(actor)
            if api.content.get_state(actor, default=None) != "published":
                api.content.transition(obj=actor, to_state="published")
            return actor
        now = DateTime()
        for workflow in self.workflows:
            for action, state, comments in (
                (None, workflow.initial_state, ""),
                ("publish", "published", self.comments),
            ):
                self.wftool.setStatusOf(
                    workflow.getId(),
                    actor,
                    {
                        "action": action,
                        workflow.state_var: state,
                        "actor": self.userid,
                        "comments": comments,
                        "time": now,
                    },
                )
        self._permissions(actor)
        # The workflow tool would skip the actor's workflows, but still reindex
        # their variables and the actor's security: the added actor is indexed
        # whole anyway.
        actor._v_workflow_started = True
        try:
            return adder.add(actor)
        finally:
            vars(actor).pop("_v_workflow_started", None)

    def _permissions(self, actor) -> None:
        if self.permissions:
            for name, roles in self.permissions.items():
                setattr(actor, name, copy(roles))
            return
        for workflow in self.workflows:
            workflow.updateRoleMappingsFor(actor)
        if self.permissions is None:
            names = {
                pname(permission)
                for workflow in self.workflows
                for permission in workflow.permissions
            }
            self.permissions = {
                name: copy(roles)
                for name, roles in actor.__dict__.items()
                if name in names
            }
