"""POST /<call> {"@type": "Application", ...}: apply to a call.

403 when the call accepts no application (not open, or outside its dates);
400 naming each invalid field, with nothing created.
"""

from plone import api
from plone.restapi.services.content.add import FolderPost
from polepatrimoine.content import _
from polepatrimoine.content.common.locking import hold_until_transaction_end
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import field_errors
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.personaldata import consent
from zExceptions import BadRequest


def eligibility_errors(call, data: dict) -> list[dict]:
    """Programme rules that the fields alone cannot express."""
    errors = []
    if call.programme == "culturdiag" and data.get("employer") is False:
        errors.append(
            {
                "field": "employer",
                "message": _(
                    "Culturdiag is for employer structures.",
                ),
            }
        )
    return errors


class CallPost(GuardedService, FolderPost):
    def reply(self):
        data = json_body(self.request)
        if data.get("@type") == "Application":
            if api.user.is_anonymous():
                return error_response(
                    self.request,
                    401,
                    _("Log in to apply."),
                )
            if not self.context.accepts_applications():
                return error_response(
                    self.request,
                    403,
                    _(
                        "This call does not accept applications.",
                    ),
                )
            if data.get(consent.FIELD) is not True:
                return bad_request(self.request, consent.MISSING, field=consent.FIELD)
            errors = eligibility_errors(self.context, data)
            if errors:
                return field_errors(self.request, errors)
            hold_until_transaction_end(self.context)
        elif not api.user.has_permission("Add portal content", obj=self.context):
            return error_response(
                self.request,
                403,
                _("You may not add ${type} here.", mapping={"type": data.get("@type")}),
            )
        try:
            return super().reply()
        except BadRequest as exc:
            errors = exc.args[0] if exc.args else None
            if not isinstance(errors, list):
                raise
            return field_errors(self.request, errors)
