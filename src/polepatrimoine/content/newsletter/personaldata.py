"""The register's provider for the newsletter's subscribers (an annotation of the site)."""

from dateutil.relativedelta import relativedelta
from polepatrimoine.content import _
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import implementer


STATE_SUMMARIES = {
    subscribers.PENDING: _("Newsletter: subscription waiting for its confirmation"),
    subscribers.ACTIVE: _("Newsletter: subscribed"),
    subscribers.UNSUBSCRIBED: _("Newsletter: unsubscribed"),
    subscribers.BOUNCING: _("Newsletter: address in error"),
}


@implementer(IPersonalDataProvider)
class NewsletterProvider:
    title = _("Newsletter subscribers")
    purpose = _("Send the network's newsletter to the people who asked for it.")
    legal_basis = _(
        "Consent of the subscriber (RGPD art. 6.1.a), given on the form and "
        "confirmed by the e-mail's link, or collected by the network and stated "
        "when the address was imported."
    )
    categories = (
        _("E-mail address"),
        _("Name"),
        _("Organisation"),
        _("Consent (date, source, text shown) and state of the subscription"),
    )
    recipients = _("The network's coordinators.")

    @property
    def retention(self):
        return _(
            "As long as the subscription; ${months} months after unsubscribing; an "
            "address never confirmed is removed after ${days} days.",
            mapping={
                "months": register.retention(subscribers.UNSUBSCRIBED_MONTHS),
                "days": register.retention(subscribers.PENDING_DAYS),
            },
        )

    retention_settings = (subscribers.UNSUBSCRIBED_MONTHS, subscribers.PENDING_DAYS)
    stores = (f"annotation:{subscribers.ANNOTATION_KEY}",)

    def _of(self, person) -> list:
        found = subscribers.store().get(person.email) if person.email else None
        return [found] if found is not None else []

    def find(self, person) -> list:
        return [
            {"title": _("Newsletter"), "url": None, "summary": STATE_SUMMARIES[s.state]}
            for s in self._of(person)
        ]

    def export(self, person) -> list:
        return [s.as_dict() for s in self._of(person)]

    def erase(self, person) -> int:
        items = self._of(person)
        for subscriber in items:
            subscribers.store(create=True).remove(subscriber.email)
        return len(items)

    def purge(self, now, dry_run=False) -> int:
        store = subscribers.store()
        months = register.retention(subscribers.UNSUBSCRIBED_MONTHS)
        gone = [
            s.email
            for s in store.all()
            if s.expired(now)
            or (
                s.state == subscribers.UNSUBSCRIBED
                and s.unsubscribed is not None
                and s.unsubscribed + relativedelta(months=months) <= now
            )
        ]
        if not dry_run:
            for email in gone:
                store.remove(email)
        return len(gone)
