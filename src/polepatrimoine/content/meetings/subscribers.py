"""Side effects on meetings."""

from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations


def promote_when_places_added(event, lifecycle_event):
    """More places: the first people of the waiting list are confirmed and told."""
    for person in registrations.promote(event):
        mails.send_promotion(event, person)
