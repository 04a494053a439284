"""GET /<call>/@applications-export: the call's applications as CSV."""

from plone.restapi.services import Service
from polepatrimoine.content.calls import listing

import csv
import io


class ApplicationsExportGet(Service):
    def render(self):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";")
        writer.writerows(listing.csv_rows(self.context, self.request))
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="candidatures-{self.context.getId()}.csv"',
        )
        # A BOM so that spreadsheets read the accents right.
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")
