"""The export as a download: the request's filters, separator and style."""

from datetime import datetime
from polepatrimoine.content import _
from polepatrimoine.content.actors import search
from polepatrimoine.content.actors.importer.export import STYLES
from polepatrimoine.content.actors.importer.export import export_csv
from polepatrimoine.content.common.dates import PARIS


def _choice(request, name: str, choices, default: str, message) -> str:
    value = request.form.get(name, default)
    if value not in choices:
        raise search.FilterError(name, message)
    return value


def export_download(request, default_style: str = "tokens") -> bytes:
    """The CSV of the actors the user may see, with the request's filters;
    ``search.FilterError`` names a parameter with a wrong value."""
    separator = _choice(
        request, "sep", (";", ","), ";", _("sep: expected « ; » or « , ».")
    )
    style = _choice(
        request,
        "style",
        STYLES,
        default_style,
        _("style: expected « tokens » or « fr »."),
    )
    filters = search.filters_from_form(request.form)
    brains = search.search(filters, sort_on="sortable_title")
    actors = (brain.getObject() for brain in brains)
    return export_csv(actors, separator=separator, style=style)


def set_download_headers(response) -> None:
    """A CSV attachment named after today's date in Paris."""
    day = datetime.now(PARIS).date().isoformat()
    response.setHeader("Content-Type", "text/csv; charset=utf-8")
    response.setHeader(
        "Content-Disposition", f'attachment; filename="acteurs-{day}.csv"'
    )
