"""GET @projects-export: the public projects as CSV, from the catalog's metadata."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.observatory.catalog import Records
from polepatrimoine.content.observatory.catalog import public_query


COLUMNS = (
    "UID",
    "Title",
    "Description",
    "project_kind",
    "project_status",
    "departments",
    "project_year",
    "carrier_title",
    "heritage_domains",
    "latitude",
    "longitude",
    "review_state",
)
HEADER = (
    "UID",
    "title",
    "description",
    "kind",
    "status",
    "departments",
    "start_year",
    "carrier",
    "heritage_domains",
    "latitude",
    "longitude",
    "review_state",
    "url",
)


def _cell(value):
    if isinstance(value, (list, tuple)):
        return " | ".join(value)
    return value


class ProjectsExport(GuardedService, Service):
    """Only what anonymous visitors may see, whoever asks: a public dataset."""

    def render(self):
        self.check_permission()
        records = Records()
        rids = records.rids(public_query(portal_type="Project"))
        portal_path = "/".join(api.portal.get().getPhysicalPath())
        base = api.portal.get().absolute_url()
        rows = []
        for path, values in zip(
            records.paths(rids), records.values(rids, *COLUMNS), strict=True
        ):
            url = base + path[len(portal_path) :]
            rows.append([_cell(v) for v in values] + [url])
        rows.sort(key=lambda row: (str(row[1]).lower(), row[0]))
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="projets.csv"')
        return write_csv(HEADER, rows)
