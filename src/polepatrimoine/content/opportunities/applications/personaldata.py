"""The register's provider for applications to offers (kept 30 days for the structure)."""

from datetime import timedelta
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.opportunities.applications import storage
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import implementer


RETENTION_DAYS = "polepatrimoine.retention.opportunity_applications_days"


def _offer(uid: str):
    return api.content.get(UID=uid)


def _of(person) -> list:
    return [a for a in storage.every() if person.matches(a.email)]


@implementer(IPersonalDataProvider)
class OpportunityApplicationsProvider:
    title = _("Applications to the Jeunes-Pros offers")
    purpose = _(
        "Pass a young person's application (message, CV, letter) to the structure "
        "offering a stage, an alternance, a job…, and let it find the application "
        "again in « Mes offres »."
    )
    legal_basis = _(
        "Consent of the applicant (RGPD art. 6.1.a), for the offer they apply to."
    )
    categories = (
        _("Full name"),
        _("E-mail address"),
        _("Message"),
        _("CV and cover letter (PDF)"),
        _("Date of the application"),
    )
    recipients = _(
        "The structure offering the position (its contact address and the owner "
        "of the offer) and the network's coordinators."
    )

    @property
    def retention(self):
        return _(
            "${days} days after the application, then deleted with its files.",
            mapping={"days": register.retention(RETENTION_DAYS)},
        )

    retention_settings = (RETENTION_DAYS,)
    stores = (f"annotation:{storage.ANNOTATION_KEY}",)

    def find(self, person) -> list:
        found = []
        for application in _of(person):
            offer = _offer(application.offer_uid)
            found.append(
                {
                    "title": offer.Title() if offer is not None else "",
                    "url": offer.absolute_url() if offer is not None else None,
                    "summary": _(
                        "Application of ${date}",
                        mapping={"date": french_date(application.date)},
                    ),
                }
            )
        return found

    def export(self, person) -> list:
        exported = []
        for application in _of(person):
            offer = _offer(application.offer_uid)
            exported.append(
                {
                    "offer": offer.Title() if offer is not None else "",
                    "url": offer.absolute_url() if offer is not None else None,
                    "date": storage.paris(application.date).isoformat(),
                    "fullname": application.fullname,
                    "email": application.email,
                    "message": application.message,
                    "files": sorted(
                        (name, f.filename) for name, f in application.files.items()
                    ),
                    "consent": dict(application.consent),
                }
            )
        return exported

    def erase(self, person) -> int:
        found = _of(person)
        for application in found:
            storage.remove(application)
        return len(found)

    def purge(self, now, dry_run=False) -> int:
        limit = now - timedelta(days=register.retention(RETENTION_DAYS))
        old = [a for a in storage.every() if a.date <= limit]
        if not dry_run:
            for application in old:
                storage.remove(application)
        return len(old)
