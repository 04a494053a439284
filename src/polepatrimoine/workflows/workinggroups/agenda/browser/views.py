"""``<group>/@@group-agenda``: the group's meetings in a month grid."""

from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.workflows.workinggroups.agenda import month
from Products.Five.browser import BrowserView
from zope.i18n import translate


class GroupAgendaView(BrowserView):
    """A month of the group's agenda; ``?month=YYYY-MM`` (the current one by default)."""

    error = None

    def __call__(self):
        try:
            first = month.parse_month(single_param(self.request, "month"))
        except (month.MonthError, RequestError) as error:
            # A French error on the page, above the current month.
            self.error = translate(error.args[0], context=self.request)
            self.request.response.setStatus(400)
            first = month.parse_month(None)
        self.month = month.grid(self.context, first, self.request)
        return self.index()

    def month_url(self, value: str) -> str:
        return f"{self.context.absolute_url()}/@@group-agenda?month={value}"
