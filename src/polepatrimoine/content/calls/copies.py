"""Copies and moves of applications and calls carry nothing of a review.

An application copied or moved into a call starts again as a draft of that
call: no jury notes, no scores, no history, no decision (an accepted copy
would take a place). A copied call is a new, empty session: its applications
and the first call's jury stay behind.
"""

from Acquisition import aq_base
from plone import api
from polepatrimoine.content.calls.application import REVIEW_FIELDS
from polepatrimoine.content.calls.application import IApplication


# The prefix of jury.jury_group_id.
JURY_PREFIX = "jury-"


def forget_review(application) -> None:
    """Drop the jury's fields and the workflow history of application."""
    base = aq_base(application)
    for name in REVIEW_FIELDS:
        if name in base.__dict__:
            delattr(base, name)
    if "workflow_history" in base.__dict__:
        del base.workflow_history


def application_copied(application, event) -> None:
    """IObjectCopiedEvent: the copy, before it is added anywhere."""
    forget_review(application)


def application_moved(application, event) -> None:
    """IObjectMovedEvent: a move into another call starts over as a draft."""
    old, new = event.oldParent, event.newParent
    if old is None or new is None or aq_base(old) is aq_base(new):
        return  # added, removed or renamed
    forget_review(application)
    api.portal.get_tool("portal_workflow").notifyCreated(application)
    application.reindexObject()


def call_copied(call, event) -> None:
    """IObjectCopiedEvent: a copied call keeps neither applications nor jury."""
    base = aq_base(call)
    for name, obj in list(base.objectItems()):
        if IApplication.providedBy(obj):
            base._delOb(name)
    # Every call's jury group is "jury-<UID>"; the copy gets its own when
    # it is added (jury.call_added), the first call's must not follow it.
    stale = [p for p, _roles in call.get_local_roles() if p.startswith(JURY_PREFIX)]
    if stale:
        call.manage_delLocalRoles(stale)
