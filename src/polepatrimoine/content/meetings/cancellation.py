"""Cancelling a registration (by its token, or by id for the organisers), then
moving the waiting list up: the REST service and the cancel page share it."""

from plone import api
from polepatrimoine.content.common.locking import serialized
from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings.indexers import recount
from polepatrimoine.content.meetings.permissions import MANAGE_REGISTRATIONS


def find(event, key: str):
    """The registration of a cancel token, or of an id for the organisers."""
    storage = registrations.get_registrations(event)
    if storage is None or not key:
        return None
    found = storage.by_token(key)
    if found is None and api.user.has_permission(MANAGE_REGISTRATIONS, obj=event):
        found = storage.by_id(key)
    return found


def cancel(event, key: str):
    """Cancel and promote under the event's lock; None when nothing matches."""
    with serialized(event):
        promoted = registrations.release_expired(event)
        registration = find(event, key)
        if registration is not None:
            promoted += registrations.cancel(event, registration)
            recount(event)
    if registration is not None:
        mails.send_cancellation(event, registration)
    for person in promoted:
        mails.send_promotion(event, person)
    return registration
