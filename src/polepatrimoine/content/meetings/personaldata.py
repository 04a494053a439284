"""The register's provider for event registrations (the annotation of each event)."""

from datetime import timedelta
from dateutil.relativedelta import relativedelta
from plone import api
from plone.event.interfaces import IEventAccessor
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.versions import purge_versions
from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings.behavior import as_aware
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.annotation.interfaces import IAnnotations
from zope.interface import implementer

import secrets


def events():
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Event"):
        event = brain._unrestrictedGetObject()
        storage = registrations.get_registrations(event)
        if storage:
            yield event, storage


def ended(event):
    accessor = IEventAccessor(event)
    return as_aware(accessor.end or accessor.start, event)


def _of(storage, person) -> list:
    # Every registration, expired pending ones too: they still hold the data.
    return [
        item
        for item in storage._items.values()
        if person.matches(item.email, item.userid)
    ]


def anonymise(storage, item) -> None:
    """Keep the registration in the counts, without anything of its person."""
    for index, key in (
        (storage._tokens, item.token),
        (storage._emails, registrations._key(item.email)),
        (storage._confirmations, item.confirmation),
    ):
        if index is not None and key is not None and key in index:
            del index[key]
    item.fullname = item.email = item.structure = ""
    item.userid = item.confirmation = item.reminded = None
    # A fresh secret nobody received: the old cancel link is dead, and the
    # organisers may still remove the registration by its id.
    item.token = secrets.token_urlsafe(32)
    storage._tokens[item.token] = storage._ids[item.id]
    item.anonymised = True
    storage._changes += 1


def remove(event, storage, item, at) -> list:
    """Remove a registration; return the people the waiting list moved up
    (none once the event is over)."""
    storage.remove(item)
    if ended(event) <= at:
        return []
    return storage.promote(registrations.capacity_of(event), at)


def _holding(emails):
    """Whether a version of an event holds a registration of one of ``emails``
    (CMFEditions copies the annotations into each version)."""
    keys = {registrations._key(email) for email in emails if email}

    def holds(copy):
        try:
            storage = IAnnotations(copy).get(registrations.ANNOTATION_KEY)
        except TypeError:
            return False
        return storage is not None and any(
            registrations._key(item.email or "") in keys
            for item in storage._items.values()
        )

    return holds


def _treat(event, storage, remove_items, anonymise_items, at) -> None:
    emails = [item.email for item in remove_items + anonymise_items]
    promoted = []
    for item in remove_items:
        promoted += remove(event, storage, item, at)
    for item in anonymise_items:
        anonymise(storage, item)
    if emails:
        purge_versions(event, _holding(emails))
    for other in promoted:
        mails.send_promotion(event, other)


@implementer(IPersonalDataProvider)
class RegistrationsProvider:
    title = _("Registrations to events")
    purpose = _(
        "Organise the network's events: places, waiting list, confirmation and "
        "the e-mails about the event."
    )
    legal_basis = _(
        "Consent of the person who registers (RGPD art. 6.1.a), for the event "
        "they register for."
    )
    categories = (
        _("Full name"),
        _("E-mail address"),
        _("Organisation"),
        _("State of the registration and its dates"),
    )
    recipients = _(
        "The network's coordinators and the organisers of the event (the "
        "coordinators of its working group)."
    )

    @property
    def retention(self):
        return _(
            "Until ${months} months after the event, then anonymised (the attendance "
            "counts remain); a registration never confirmed is removed after ${days} "
            "days.",
            mapping={
                "months": register.retention(
                    "polepatrimoine.retention.registrations_months"
                ),
                "days": register.retention("polepatrimoine.retention.pending_days"),
            },
        )

    retention_settings = (
        "polepatrimoine.retention.registrations_months",
        "polepatrimoine.retention.pending_days",
    )
    stores = (f"annotation:{registrations.ANNOTATION_KEY}",)

    def find(self, person) -> list:
        return [
            {
                "title": event.Title(),
                "url": event.absolute_url(),
                "summary": registrations.state_title(item.state, item.held),
            }
            for event, storage in events()
            for item in _of(storage, person)
        ]

    def export(self, person) -> list:
        return [
            {
                "event": event.Title(),
                "url": event.absolute_url(),
                "start": iso_paris(as_aware(IEventAccessor(event).start, event)),
                **item.as_dict(),
            }
            for event, storage in events()
            for item in _of(storage, person)
        ]

    def erase(self, person) -> int:
        """A registration to an event still to come is cancelled: erased, it
        can no longer be honoured (nobody can check the person in, nor write to
        them), and its place goes to the waiting list. One to a past event is
        anonymised: the attendance counts stay right."""
        at = registrations.now()
        treated = 0
        for event, storage in list(events()):
            items = _of(storage, person)
            cancelled = [
                item
                for item in items
                if item.state == registrations.PENDING or ended(event) > at
            ]
            kept = [item for item in items if item not in cancelled]
            _treat(event, storage, cancelled, kept, at)
            treated += len(items)
        return treated

    def purge(self, now, dry_run=False) -> int:
        months = register.retention("polepatrimoine.retention.registrations_months")
        days = register.retention("polepatrimoine.retention.pending_days")
        treated = 0
        for event, storage in list(events()):
            over = ended(event) + relativedelta(months=months) <= now
            stale = [
                item
                for item in storage._items.values()
                if item.state == registrations.PENDING
                and item.created + timedelta(days=days) <= now
            ]
            old = [
                item
                for item in storage._items.values()
                if over and item not in stale and item.email
            ]
            treated += len(stale) + len(old)
            if not dry_run:
                _treat(event, storage, stale, old, now)
        return treated
