"""POST /<call> {"@type": "Application", ...}: apply to a call.

403 when the call accepts no application (not open, or outside its dates);
400 naming each invalid field, with nothing created.
"""

from plone import api
from plone.restapi.deserializer import json_body
from plone.restapi.services.content.add import FolderPost
from polepatrimoine.content import _
from polepatrimoine.content.common.locking import hold_until_transaction_end
from zExceptions import BadRequest
from zope.i18n import translate


def eligibility_errors(call, data: dict) -> list[dict]:
    """Programme rules that the fields alone cannot express."""
    errors = []
    if call.programme == "culturdiag" and data.get("employer") is False:
        errors.append(
            {
                "field": "employer",
                "message": _(
                    "error_culturdiag_employer",
                    default="Culturdiag is for employer structures.",
                ),
            }
        )
    return errors


class CallPost(FolderPost):
    def reply(self):
        data = json_body(self.request)
        if data.get("@type") == "Application":
            if api.user.is_anonymous():
                self.request.response.setStatus(401)
                return self.error(
                    "Unauthorized",
                    _("error_login_to_apply", default="Log in to apply."),
                )
            if not self.context.accepts_applications():
                self.request.response.setStatus(403)
                return self.error(
                    "Forbidden",
                    _(
                        "error_call_not_open",
                        default="This call does not accept applications.",
                    ),
                )
            errors = eligibility_errors(self.context, data)
            if errors:
                self.request.response.setStatus(400)
                return self.field_errors(errors)
            hold_until_transaction_end(self.context)
        elif not api.user.has_permission("Add portal content", obj=self.context):
            self.request.response.setStatus(403)
            return self.error("Forbidden", f"Cannot create {data.get('@type')}")
        try:
            return super().reply()
        except BadRequest as exc:
            errors = exc.args[0] if exc.args else None
            if not isinstance(errors, list):
                raise
            self.request.response.setStatus(400)
            return self.field_errors(errors)

    def error(self, type_: str, message) -> dict:
        return {
            "error": {
                "type": type_,
                "message": translate(message, context=self.request),
            }
        }

    def field_errors(self, errors: list[dict]) -> dict:
        fields = [
            {
                "field": error.get("field"),
                "message": translate(error["message"], context=self.request),
            }
            for error in errors
        ]
        message = "; ".join(
            f"{f['field']} : {f['message']}" if f["field"] else f["message"]
            for f in fields
        )
        return {"error": {"type": "BadRequest", "message": message, "errors": fields}}
