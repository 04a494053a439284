"""DELETE /<event>/@registrations/<token>: cancel, promote the waiting list."""

from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import PathParams
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.meetings.cancellation import cancel
from zope.interface import alsoProvides

import plone.protect.interfaces


class RegistrationsDelete(GuardedService, PathParams, Service):
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
