"""POST @actors-import: create or update actors from a CSV file, all or nothing."""

from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.actors.importer.parse import MAX_UPLOAD_BYTES
from polepatrimoine.content.actors.importer.publish import PublishRefused
from polepatrimoine.content.actors.importer.run import import_csv
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import error_response
from zope.i18n import translate

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


class ActorsImport(GuardedService, Service):
    multipart = True
    body_types = ("text/csv", "application/csv")
    reads_json = False

    def reply(self):
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
            result = import_csv(data, self.context, max_bytes=MAX_UPLOAD_BYTES)
        except PublishRefused as refused:
            transaction.doom()
            return error_response(self.request, 403, str(refused))
        if result.errors:
            transaction.doom()
            self.request.response.setStatus(400)
        return result.as_dict()
