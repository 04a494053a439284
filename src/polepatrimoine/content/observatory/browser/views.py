"""The observatory's page (``@@observatory``) and its CSV (``@@observatory.csv``)."""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.observatory import charts
from polepatrimoine.content.observatory import filters
from polepatrimoine.content.observatory import report
from polepatrimoine.content.observatory.filters import FIRST_YEAR
from polepatrimoine.content.observatory.filters import this_year
from polepatrimoine.content.vocabularies import DEPARTMENTS
from Products.Five.browser import BrowserView
from urllib.parse import urlencode


def read_filters(view):
    """The request's filters; a bad one answers 400 and its French message."""
    try:
        return filters.from_request(view.request), None
    except RequestError as error:
        view.request.response.setStatus(400)
        return filters.Filters(), translated(error.message, view.request)


class ObservatoryView(BrowserView):
    def __call__(self):
        self.filters, self.filter_error = read_filters(self)
        self.document = report.build(self.filters, self.request)
        return self.index()

    def departments(self):
        return [
            {
                "code": code,
                "title": f"{code} – {name}",
                "selected": code == self.filters.department,
            }
            for code, name in DEPARTMENTS
        ]

    def years(self):
        return list(range(this_year(), FIRST_YEAR - 1, -1))

    def chart(self, figure) -> str:
        return charts.bar_chart(figure)

    def csv_url(self, figure_id=None) -> str:
        query = self.filters.as_query()
        if figure_id:
            query["figure"] = figure_id
        base = f"{self.context.absolute_url()}/@@observatory.csv"
        return f"{base}?{urlencode(query)}" if query else base

    def json_url(self) -> str:
        query = self.filters.as_query()
        base = f"{api.portal.get().absolute_url()}/++api++/@observatory"
        return f"{base}?{urlencode(query)}" if query else base


class ObservatoryCSV(BrowserView):
    """Every figure, or the one named by ``figure``, as CSV (same filters)."""

    def __call__(self):
        response = self.request.response
        try:
            chosen = filters.from_request(self.request)
            document = report.build(chosen, self.request)
            figure_id = self.request.form.get("figure") or None
            if figure_id is not None and figure_id not in report.figure_ids(document):
                raise RequestError(
                    _(
                        "figure: unknown figure « ${value} ».",
                        mapping={"value": str(figure_id)[:40]},
                    ),
                    field="figure",
                )
        except RequestError as error:
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return translated(error.message, self.request)
        name = figure_id or "observatoire"
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", f'attachment; filename="{name}.csv"')
        return write_csv(report.CSV_HEADER, report.csv_rows(document, figure_id))
