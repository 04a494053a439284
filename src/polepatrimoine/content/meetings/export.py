"""The registrations of an event as CSV, for the organisers."""

from polepatrimoine.content.meetings import registrations

import csv
import io


HEADER = ("Nom", "Courriel", "Structure", "Statut", "Inscription", "Promotion")
STATES = {
    registrations.CONFIRMED: "confirmée",
    registrations.WAITLISTED: "liste d'attente",
}


def csv_of(event) -> str:
    storage = registrations.get_registrations(event)
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";")
    writer.writerow(HEADER)
    for item in storage.values() if storage else []:
        writer.writerow(
            (
                _safe(item.fullname),
                _safe(item.email),
                _safe(item.structure),
                STATES[item.state],
                item.created.strftime("%Y-%m-%d %H:%M"),
                item.promoted.strftime("%Y-%m-%d %H:%M") if item.promoted else "",
            )
        )
    return "\ufeff" + output.getvalue()


def _safe(value: str) -> str:
    """Neutralise spreadsheet formulas in what visitors typed."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value
