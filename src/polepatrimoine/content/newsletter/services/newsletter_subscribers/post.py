"""POST @newsletter-subscribers: import a CSV of addresses, with the consent's source."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.newsletter import exchange
from polepatrimoine.content.newsletter.listing import run_import


def request_csv(request):
    """The CSV and the source: a multipart form (``file``, ``source``), a
    text/csv body (``?source=``) or JSON (``csv``, ``source``)."""
    content_type = (request.getHeader("Content-Type") or "").split(";")[0].strip()
    upload = request.form.get("file")
    if upload is not None and hasattr(upload, "read"):
        upload.seek(0)
        return upload.read(exchange.MAX_BYTES + 1), request.form.get("source", "")
    if content_type == "application/json":
        data = json_body(request)
        return data.get("csv"), data.get("source", "")
    if content_type in ("text/csv", "text/plain", "application/csv"):
        body = request.get("BODY")
        if body is None:
            request.stdin.seek(0)
            body = request.stdin.read(exchange.MAX_BYTES + 1)
        return body or b"", request.form.get("source", "")
    return None, ""


class SubscribersImport(GuardedService, Service):
    multipart = True
    body_types = ("text/csv", "application/csv")
    reads_json = False

    def reply(self):
        data, source = request_csv(self.request)
        return run_import(self.request, data, source)
