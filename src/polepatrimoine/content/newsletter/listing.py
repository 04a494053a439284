"""The coordinators' view of the subscribers, shared by the page and REST: filters, CSV."""

from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter import exchange
from polepatrimoine.content.newsletter import subscribers

import transaction


def filters(request) -> tuple[str, str]:
    """``q`` (part of an address, name or structure) and ``state`` of the query;
    an unknown state filters nothing."""
    text = single_param(request, "q", "") or ""
    state = single_param(request, "state", "") or ""
    if not isinstance(text, str):
        text = ""
    return text[:254], state if state in subscribers.STATES else ""


def found(request) -> list:
    text, state = filters(request)
    return subscribers.store().search(text, state)


def csv_response(request) -> bytes:
    response = request.response
    response.setHeader("Content-Type", "text/csv; charset=utf-8")
    response.setHeader(
        "Content-Disposition", 'attachment; filename="abonnes-lettre.csv"'
    )
    # Personal data: never kept by a cache, shared or not.
    response.setHeader("Cache-Control", "private, no-store")
    return exchange.export(found(request))


NO_FILE = _("Send a CSV file: a text/csv body, or a multipart form with a “file”.")


def source_of(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or "\0" in value:
        raise RequestError(_("This field must be text."), field="source")
    value = " ".join(value.split())
    if len(value) > exchange.SOURCE_LIMIT:
        raise RequestError(
            _("The source is too long (200 characters at most)."), field="source"
        )
    return value


def run_import(request, data, source) -> dict:
    """Check the whole file, then write; a 400 and nothing written on a fault."""
    source = source_of(source)
    if not data or not isinstance(data, (bytes, str)):
        raise RequestError(NO_FILE, field="file")
    try:
        rows, errors = exchange.parse(data)
    except exchange.CsvError as error:
        raise RequestError(error.message, field=error.field) from None
    if errors:
        transaction.doom()
        request.response.setStatus(400)
        return {
            "error": {
                "type": "BadRequest",
                "message": translated(
                    _("The file has errors: nothing was imported."), request
                ),
                "errors": [
                    {
                        "line": e["line"],
                        "field": e["field"],
                        "message": translated(e["message"], request),
                    }
                    for e in errors
                ],
            }
        }
    result = exchange.import_rows(rows, source)
    result["source"] = source
    return result
