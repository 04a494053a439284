"""schema.org ``JobPosting`` of an open offer, for job search engines."""

from datetime import datetime
from datetime import time
from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.content.common import jsonld
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.indexers import public_structure
from polepatrimoine.content.vocabularies import DEPARTMENTS


# schema.org employmentType of each kind (and of a chantier's detail).
EMPLOYMENT_TYPES = {
    "stage": "INTERN",
    "alternance": "OTHER",
    "emploi": "FULL_TIME",
    "service-civique": "VOLUNTEER",
    "chantier": "VOLUNTEER",
    "job-ete": "TEMPORARY",
}
DETAIL_EMPLOYMENT_TYPES = {"ecole": "OTHER"}


def employment_type(offer) -> str:
    return DETAIL_EMPLOYMENT_TYPES.get(
        offer.kind_detail, EMPLOYMENT_TYPES.get(offer.kind, "OTHER")
    )


def date_posted(offer) -> str:
    effective = offer.effective()
    posted = effective if effective and effective.year() > 1970 else offer.created()
    return posted.asdatetime().astimezone(expiry.PARIS).date().isoformat()


def valid_through(offer) -> str:
    end = datetime.combine(offer.deadline, time(23, 59, 59), tzinfo=expiry.PARIS)
    return end.isoformat()


def organization(offer) -> dict | None:
    # Search engines are anonymous: a structure they may not see is not named.
    actor = public_structure(offer)
    if actor is None:
        return None
    data = {"@type": "Organization", "name": actor.Title(), "url": actor.absolute_url()}
    if getattr(actor, "website", None):
        data["sameAs"] = actor.website
    return data


def location(offer) -> dict:
    address = {
        "@type": "PostalAddress",
        "addressLocality": offer.commune,
        "addressRegion": dict(DEPARTMENTS).get(offer.department, ""),
        "postalCode": offer.department,
        "addressCountry": "FR",
    }
    place = {"@type": "Place", "address": address}
    geolocation = getattr(offer, "geolocation", None)
    latitude = getattr(geolocation, "latitude", None)
    longitude = getattr(geolocation, "longitude", None)
    if latitude is not None and longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": latitude,
            "longitude": longitude,
        }
    return place


def job_posting(offer) -> dict:
    text = offer.text.output if offer.text is not None else ""
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": offer.title,
        "description": text or offer.description or offer.title,
        "datePosted": date_posted(offer),
        "validThrough": valid_through(offer),
        "employmentType": employment_type(offer),
        "jobLocation": location(offer),
        "url": offer.absolute_url(),
    }
    hiring = organization(offer)
    if hiring is not None:
        data["hiringOrganization"] = hiring
    return data


class JobPostingViewlet(ViewletBase):
    """In the page's head while the offer is open, gone once it is not."""

    def render(self):
        if not expiry.is_open(self.context):
            return ""
        return (
            '<script type="application/ld+json">'
            + jsonld.dumps(job_posting(self.context))
            + "</script>"
        )
