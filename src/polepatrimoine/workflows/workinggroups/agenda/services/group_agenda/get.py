"""GET <group>/@group-agenda?month=YYYY-MM: the group's meetings of a month."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.workflows.workinggroups.agenda import month


class GroupAgendaGet(GuardedService, Service):
    def reply(self):
        try:
            first = month.parse_month(single_param(self.request, "month"))
        except month.MonthError as error:
            raise RequestError(error.args[0], field="month") from None
        grid = month.grid(self.context, first, self.request)
        url = f"{self.context.absolute_url()}/@group-agenda"
        return {
            "@id": f"{url}?month={grid['month']}",
            "month": grid["month"],
            "title": grid["title"],
            "previous": f"{url}?month={grid['previous']}",
            "next": f"{url}?month={grid['next']}",
            "items": grid["meetings"],
            "items_total": len(grid["meetings"]),
        }
