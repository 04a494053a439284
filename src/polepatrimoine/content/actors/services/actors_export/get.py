"""GET @actors-export: the actors the user may see, as CSV."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.actors import search
from polepatrimoine.content.actors.importer.export import export_csv
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request

import json


class ActorsExport(GuardedService, Service):
    def render(self):
        self.check_permission()
        response = self.request.response
        separator = self.request.form.get("sep", ";")
        try:
            if separator not in (";", ","):
                raise search.FilterError("sep", _("sep: expected « ; » or « , »."))
            filters = search.filters_from_form(self.request.form)
        except search.FilterError as error:
            response.setHeader("Content-Type", "application/json")
            return json.dumps(
                bad_request(self.request, error.message, field=error.field)
            )
        brains = search.search(filters, sort_on="sortable_title")
        actors = (brain.getObject() for brain in brains)
        data = export_csv(actors, separator=separator)
        name = f"acteurs-{api.portal.get().getId().lower()}.csv"
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{name}"')
        return data
