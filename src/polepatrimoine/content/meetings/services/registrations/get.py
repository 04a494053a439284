"""GET /<event>/@registrations: the organisers' list, with counts."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.meetings import registrations


class RegistrationsGet(GuardedService, Service):
    def reply(self):
        storage = registrations.get_registrations(self.context)
        items = [item.as_dict() for item in storage.values()] if storage else []
        status = registrations.registration_status(self.context)
        counts = storage.counts() if storage else {}
        return {
            "@id": f"{self.context.absolute_url()}/@registrations",
            "items": items,
            "items_total": len(items),
            "capacity": status["capacity"],
            "confirmed": counts.get(registrations.CONFIRMED, 0),
            "waitlisted": counts.get(registrations.WAITLISTED, 0),
            "pending": counts.get(registrations.PENDING, 0),
            "held": counts.get("held", 0),
            # Places held for repeated submissions of registered addresses.
            "held_for_repeats": storage.repeats_held(registrations.now())
            if storage
            else 0,
            "places_left": status["places_left"],
        }
