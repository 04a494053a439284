"""GET /<event>/@registrations-export: the registrations as CSV (UTF-8, ";")."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.meetings.export import csv_of


class RegistrationsExport(GuardedService, Service):
    def render(self):
        filename = f"inscriptions-{self.context.getId()}.csv"
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return csv_of(self.context)
