"""POST <offer>/@opportunity-apply: JSON (files as base64 objects) or multipart."""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import MULTIPART_TYPE
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.opportunities.applications import apply
from polepatrimoine.content.opportunities.applications import submission
from polepatrimoine.content.opportunities.applications.storage import FILES
from polepatrimoine.content.personaldata import consent
from zope.interface import alsoProvides

import transaction


def multipart_form(request) -> tuple[dict, dict]:
    """Texts and files of a multipart body; a repeated field is refused."""
    form = request.form
    data = {}
    for name in (*submission.FIELD_LIMITS, submission.HONEYPOT):
        value = form.get(name)
        if isinstance(value, (list, tuple)):
            raise submission.ApplicationError(_one_value(name), name)
        data[name] = value if isinstance(value, str) else None
    data[consent.FIELD] = consent.given(form.get(consent.FIELD))
    uploads = {}
    for name in FILES:
        value = form.get(name)
        if isinstance(value, (list, tuple)):
            raise submission.ApplicationError(_one_value(name), name)
        uploads[name] = value
    return data, uploads


def _one_value(name):
    return _("The parameter '${name}' takes one value.", mapping={"name": name})


class OpportunityApplyPost(GuardedService, Service):
    multipart = True
    reads_json = False

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = apply.retry_after(self.request)
        if wait:
            return ratelimit.too_many_requests(self.request, wait)
        media_type = (self.request.getHeader("Content-Type") or "").split(";")[0]
        try:
            if media_type.strip().lower() == MULTIPART_TYPE:
                data, uploads = multipart_form(self.request)
            else:
                data = json_body(self.request)
                uploads = {name: data.get(name) for name in FILES}
            apply.submit(self.context, data, uploads)
        except submission.ApplicationError as error:
            transaction.doom()
            return error_response(
                self.request, error.status, error.message, field=error.field
            )
        self.request.response.setStatus(201)
        return {"message": translated(apply.SENT, self.request)}
