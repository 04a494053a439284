"""POST @actors-import: create or update actors from a CSV file, all or nothing."""

from plone.restapi.services import Service
from polepatrimoine.content import actors_csv
from zope.i18n import translate
from polepatrimoine.content import _

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


class ActorsImport(Service):
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
        result = actors_csv.import_csv(data, self.context)
        if result.errors:
            transaction.doom()
            self.request.response.setStatus(400)
        return result.as_dict()
