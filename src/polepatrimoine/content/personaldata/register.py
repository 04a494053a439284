"""The register: the providers of every store, and the person they are asked about."""

from dataclasses import dataclass
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.component import getUtilitiesFor


@dataclass(frozen=True)
class Person:
    """Whom a request is about: an e-mail address (lower-cased), and a user id
    when the person has an account."""

    email: str
    userid: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "email", (self.email or "").strip().lower())

    def matches(self, email: str | None = None, userid: str | None = None) -> bool:
        """``email`` (any case) or ``userid`` is this person's."""
        if email and self.email and email.strip().lower() == self.email:
            return True
        return bool(userid and self.userid and userid == self.userid)


# The retention periods (registry records of the personal-data control panel),
# with their defaults; providers read them with ``retention(name)``.
RETENTION = {
    "polepatrimoine.retention.registrations_months": 12,
    "polepatrimoine.retention.join_requests_months": 6,
    "polepatrimoine.retention.applications_refused_months": 24,
    "polepatrimoine.retention.applications_accepted_months": 60,
    "polepatrimoine.retention.pending_days": 7,
    "polepatrimoine.retention.newsletter_unsubscribed_months": 12,
}


def retention(name: str) -> int:
    """The period set by registry record ``name``, else its default."""
    from plone import api

    return api.portal.get_registry_record(name, default=RETENTION[name])


def providers() -> dict:
    """Every registered store, by name, in name order."""
    return dict(sorted(getUtilitiesFor(IPersonalDataProvider)))
