"""The places of a call: decided inside the call's serialised section.

Every ``accept``, whatever the channel (REST, the ``@@accept`` page, the
dashboard's bulk action, Plone's state menu, ``api.content.transition``),
goes through ``before_accept``: it counts the accepted applications on fresh
data while holding the call's lock (``common.locking``), and refuses beyond
the places unless the acceptance is forced. It also rewrites the call's
``PlacesLedger``, a persistent object without conflict resolution: two
instances accepting in the same call at once conflict in ZODB, and the
retried request counts again.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from persistent import Persistent
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.common.locking import hold_until_transaction_end
from polepatrimoine.content.common.locking import holds
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.annotation.interfaces import IAnnotations
from zope.globalrequest import getRequest
from zope.i18n import translate

import transaction


LEDGER_KEY = "polepatrimoine.calls.places"
_FORCED = object()


class PlacesTaken(WorkflowException):
    """All the places of the call are taken (published as a 409)."""

    def __init__(self, call):
        self.places = call.places
        request = getRequest()
        message = places_taken_message(call)
        super().__init__(translate(message, context=request) if request else message)


def places_taken_message(call):
    return _(
        "All ${places} places of this call are "
        'taken; send "force": true to accept anyway.',
        mapping={"places": call.places},
    )


class PlacesLedger(Persistent):
    """Bumped by every acceptance: concurrent acceptances always conflict."""

    def __init__(self):
        self.changes = 0


def ledger(call) -> PlacesLedger:
    annotations = IAnnotations(call)
    found = annotations.get(LEDGER_KEY)
    if found is None:
        found = annotations[LEDGER_KEY] = PlacesLedger()
    return found


def force_beyond_places(application) -> None:
    """The current transaction accepts ``application`` even beyond the places."""
    txn = transaction.get()
    try:
        forced = txn.data(_FORCED)
    except KeyError:
        forced = set()
        txn.set_data(_FORCED, forced)
    forced.add(application.UID())


def _forced(application, event) -> bool:
    if (event.kwargs or {}).get("force"):
        return True
    try:
        return application.UID() in transaction.get().data(_FORCED)
    except KeyError:
        return False


def take_places_lock(call) -> None:
    """Queue behind the other deciders of the call, before any write."""
    hold_until_transaction_end(call)


def is_full(call) -> bool:
    return listing.accepted_count(call) >= (call.places or 0)


def before_accept(application, event) -> None:
    """Subscriber (IBeforeTransitionEvent): refuse ``accept`` beyond the places."""
    if event.transition is None or event.transition.id != "accept":
        return
    call = application.get_call()
    if call is None:
        return
    # A channel that took no lock first: take it now if nothing is written
    # yet (a fresh transaction drops nothing); otherwise the ledger's
    # conflict below keeps the count right.
    if not holds(call) and not transaction.get()._resources:
        take_places_lock(call)
        if api.content.get_state(application) != event.old_state.getId():
            raise WorkflowException("The application changed meanwhile.")
    if is_full(call) and not _forced(application, event):
        raise PlacesTaken(call)
    ledger(call).changes += 1


def lock_before_workflow_forms(event) -> None:
    """Subscriber (IPubAfterTraversal): Plone's own workflow forms
    (``content_status_modify`` on an application, ``folder_publish`` on a
    call) write before they transition; take the call's lock before them."""
    request = event.request
    if not request.form.get("workflow_action"):
        return
    published = request.get("PUBLISHED")
    context = getattr(published, "context", None)
    if context is None:
        context = aq_parent(aq_inner(getattr(published, "__self__", published)))
    call = None
    if IApplication.providedBy(context):
        call = context.get_call()
    elif ICall.providedBy(context):
        call = context
    if call is not None:
        take_places_lock(call)
