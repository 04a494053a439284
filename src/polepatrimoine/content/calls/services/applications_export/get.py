"""GET /<call>/@applications-export: the call's applications as CSV."""

from plone.restapi.services import Service
from polepatrimoine.content.calls import listing
from polepatrimoine.content.common.rest import GuardedService


def csv_response(call, request) -> bytes:
    response = request.response
    response.setHeader("Content-Type", "text/csv; charset=utf-8")
    response.setHeader(
        "Content-Disposition",
        f'attachment; filename="candidatures-{call.getId()}.csv"',
    )
    return listing.csv_export(call, request)


class ApplicationsExportGet(GuardedService, Service):
    def render(self):
        return csv_response(self.context, self.request)
