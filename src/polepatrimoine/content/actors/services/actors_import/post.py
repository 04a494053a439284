"""POST @actors-import: create or update actors from a CSV file, all or nothing."""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.actors.importer.publish import PublishRefused
from polepatrimoine.content.actors.importer.run import import_csv
from polepatrimoine.content.common.rest import error_response
from zope.i18n import translate
from zope.interface import alsoProvides

import transaction


def request_csv(request) -> bytes | None:
    """The CSV of a request: a text/csv body, or the file of a multipart form."""
    upload = request.form.get("file")
    if upload is not None and hasattr(upload, "read"):
        upload.seek(0)
        return upload.read()
    content_type = request.getHeader("Content-Type", "")
    if content_type.startswith(("text/csv", "text/plain", "application/csv")):
        body = request.get("BODY")
        if body is None:
            request.stdin.seek(0)
            body = request.stdin.read()
        return body
    return None


def csrf_safe(request) -> bool:
    """A text/csv body needs a CORS preflight, and an Authorization header is no
    cookie: neither can come from a forged cross-site form. A multipart upload
    with a session cookie can, so it keeps plone.protect's token check."""
    content_type = request.getHeader("Content-Type", "")
    return bool(request.getHeader("Authorization")) or not content_type.startswith(
        ("multipart/form-data", "application/x-www-form-urlencoded")
    )


class ActorsImport(Service):
    def reply(self):
        if csrf_safe(self.request):
            alsoProvides(self.request, IDisableCSRFProtection)
        data = request_csv(self.request)
        if not data:
            self.request.response.setStatus(400)
            message = translate(
                _(
                    "Send a CSV file: a text/csv body, or a multipart form with a “file”."
                ),
                context=self.request,
            )
            return {
                "created": 0,
                "updated": 0,
                "errors": [{"line": 0, "field": "file", "message": message}],
            }
        try:
            result = import_csv(data, self.context)
        except PublishRefused as refused:
            transaction.doom()
            return error_response(self.request, 403, str(refused))
        if result.errors:
            transaction.doom()
            self.request.response.setStatus(400)
        return result.as_dict()
