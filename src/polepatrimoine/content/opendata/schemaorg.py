"""schema.org data of public pages: ``Organization`` for actors, ``Event`` for events."""

from plone.event.interfaces import IEventAccessor
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import registration_status

import Missing


SCHEMA = "https://schema.org"
REGION = "Pays de la Loire"


def _clean(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "", [], {}, Missing.Value)}


def organization(actor) -> dict:
    address = _clean(
        {
            "@type": "PostalAddress",
            "streetAddress": actor.street,
            "postalCode": actor.zip_code,
            "addressLocality": actor.city,
            "addressRegion": REGION,
            "addressCountry": "FR",
        }
    )
    data = {
        "@context": SCHEMA,
        "@type": "Organization",
        "@id": actor.absolute_url(),
        "url": actor.absolute_url(),
        "name": actor.title,
        "description": actor.description,
        "address": address,
        "email": actor.email,
        "telephone": actor.phone,
        "sameAs": [
            url
            for url in (
                safe_url(u) for u in [actor.website, *(actor.social_links or [])]
            )
            if url
        ],
    }
    position = getattr(actor, "geolocation", None)
    if (
        position is not None
        and position.latitude is not None
        and position.longitude is not None
    ):
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": position.latitude,
            "longitude": position.longitude,
        }
    return _clean(data)


def event(obj) -> dict:
    accessor = IEventAccessor(obj)
    meeting = IMeeting(obj, None)
    online = safe_url(meeting.online_url) if meeting is not None else None
    place = accessor.location
    locations = []
    if place:
        locations.append(
            {
                "@type": "Place",
                "name": place,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": place,
                    "addressRegion": REGION,
                    "addressCountry": "FR",
                },
            }
        )
    if online:
        locations.append({"@type": "VirtualLocation", "url": online})
    if place and online:
        mode = "MixedEventAttendanceMode"
    elif online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "@id": obj.absolute_url(),
        "url": obj.absolute_url(),
        "name": obj.title,
        "description": obj.description,
        "startDate": accessor.start.isoformat() if accessor.start else None,
        "endDate": accessor.end.isoformat() if accessor.end else None,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": {"@type": "Organization", "name": "Pôle Patrimoine"},
    }
    if meeting is not None:
        status = registration_status(obj)
        if status["open"]:
            data["offers"] = {
                "@type": "Offer",
                "url": f"{obj.absolute_url()}#registration",
                "price": 0,
                "priceCurrency": "EUR",
                "availability": "https://schema.org/"
                + ("InStock" if status["places_left"] else "SoldOut"),
                "validThrough": status["closes"],
            }
    return _clean(data)
