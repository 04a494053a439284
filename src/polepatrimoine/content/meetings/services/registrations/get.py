"""GET /<event>/@registrations: the organisers' list, with counts."""

from plone.restapi.services import Service
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.meetings import registrations


class RegistrationsGet(GuardedService, Service):
    def reply(self):
        storage = registrations.get_registrations(self.context)
        items = [item.as_dict() for item in storage.values()] if storage else []
        counts = storage.counts() if storage else {"confirmed": 0, "waitlisted": 0}
        capacity = registrations.capacity_of(self.context)
        return {
            "@id": f"{self.context.absolute_url()}/@registrations",
            "items": items,
            "items_total": len(items),
            "capacity": capacity,
            "confirmed": counts[registrations.CONFIRMED],
            "waitlisted": counts[registrations.WAITLISTED],
            "places_left": max(capacity - counts[registrations.CONFIRMED], 0),
        }
