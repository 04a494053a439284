"""DELETE /<event>/@registrations/<token>: cancel, promote the waiting list."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common.locking import serialized
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings.permissions import MANAGE_REGISTRATIONS
from zope.interface import alsoProvides

import plone.protect.interfaces


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
    """Cancel and promote under the event's lock; False when nothing matches."""
    with serialized(event):
        registration = find(event, key)
        if registration is None:
            return None
        promoted = registrations.cancel(event, registration)
    mails.send_cancellation(event, registration)
    for person in promoted:
        mails.send_promotion(event, person)
    return registration


class RegistrationsDelete(PathParams, Service):
    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        key = self.params[0] if self.params else ""
        if cancel(self.context, key) is None:
            return error_response(
                self.request,
                404,
                _("No registration matches this link: it may be cancelled already."),
            )
        return self.reply_no_content()
