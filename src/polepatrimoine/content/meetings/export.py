"""The registrations of an event as CSV, for the organisers."""

from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.meetings import registrations


HEADER = ("Nom", "Courriel", "Structure", "Statut", "Inscription", "Promotion")
STATES = {
    registrations.CONFIRMED: "confirmée",
    registrations.WAITLISTED: "liste d'attente",
    registrations.PENDING: "en attente de confirmation",
}
HELD = "en attente de confirmation (place réservée)"


def status_of(item) -> str:
    if item.state == registrations.PENDING and item.held:
        return HELD
    return STATES[item.state]


def csv_of(event) -> bytes:
    storage = registrations.get_registrations(event)
    return write_csv(
        HEADER,
        (
            (
                item.fullname,
                item.email,
                item.structure,
                status_of(item),
                french_short(item.created),
                french_short(item.promoted),
            )
            for item in (storage.values() if storage else [])
        ),
    )
