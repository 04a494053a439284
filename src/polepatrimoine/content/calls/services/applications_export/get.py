"""GET /<call>/@applications-export: the call's applications as CSV."""

from plone.restapi.services import Service
from polepatrimoine.content.calls import listing

import csv
import io


def csv_response(call, request) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerows(listing.csv_rows(call, request))
    response = request.response
    response.setHeader("Content-Type", "text/csv; charset=utf-8")
    response.setHeader(
        "Content-Disposition",
        f'attachment; filename="candidatures-{call.getId()}.csv"',
    )
    # A BOM so that spreadsheets read the accents right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


class ApplicationsExportGet(Service):
    def render(self):
        return csv_response(self.context, self.request)
