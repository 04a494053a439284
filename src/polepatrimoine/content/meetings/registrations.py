"""Registrations to a meeting: storage, rules, waiting list and promotion.

Registrations live in an annotation of the event, never in the catalog nor in
the serialized event. Every change bumps ``Registrations._changes``, a plain
attribute without conflict resolution: two transactions that decide on the
same event always conflict in ZODB, so places can never be given twice, even
across several Zope processes. Inside one process, ``common.locking.serialized``
queues the decisions on one event so that concurrent requests do not turn
into a storm of conflict retries.
"""

from BTrees.IOBTree import IOBTree
from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent import Persistent
from plone.event.interfaces import IEventAccessor
from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.behavior import as_aware
from zope.schema import ValidationError

import pytz
import secrets
import uuid


ANNOTATION_KEY = "polepatrimoine.meetings.registrations"
CONFIRMED = "confirmed"
WAITLISTED = "waitlisted"
FIELD_LIMITS = {"fullname": 200, "email": 254, "structure": 200}
# Names of the honeypot field: hidden from people, filled in by robots.
HONEYPOT = "website"


class RegistrationError(ValueError):
    """A registration refused: ``message`` is a translatable French message."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class Registration(Persistent):
    def __init__(self, fullname, email, structure, userid, state):
        self.id = uuid.uuid4().hex
        self.token = secrets.token_urlsafe(32)
        self.fullname = fullname
        self.email = email
        self.structure = structure
        self.userid = userid
        self.state = state
        self.created = datetime.now(pytz.utc)
        self.promoted = None

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "fullname": self.fullname,
            "email": self.email,
            "structure": self.structure,
            "state": self.state,
            "created": self.created.isoformat(),
            "promoted": self.promoted.isoformat() if self.promoted else None,
        }


class Registrations(Persistent):
    """The registrations of one event, in order of arrival."""

    def __init__(self):
        self._items = IOBTree()  # sequence -> Registration
        self._tokens = OOBTree()  # token -> sequence
        self._ids = OOBTree()  # id -> sequence
        self._emails = OOBTree()  # normalised e-mail -> sequence
        self._next = 0
        self._changes = 0

    def __len__(self):
        return len(self._items)

    def values(self):
        return list(self._items.values())

    def counts(self) -> dict:
        states = [item.state for item in self._items.values()]
        return {
            CONFIRMED: states.count(CONFIRMED),
            WAITLISTED: states.count(WAITLISTED),
        }

    def by_token(self, token):
        seq = self._tokens.get(token) if isinstance(token, str) else None
        return None if seq is None else self._items[seq]

    def by_id(self, value):
        seq = self._ids.get(value) if isinstance(value, str) else None
        return None if seq is None else self._items[seq]

    def has_email(self, email: str) -> bool:
        return email.strip().lower() in self._emails

    def add(self, fullname, email, structure, userid, capacity) -> Registration:
        state = CONFIRMED if self.counts()[CONFIRMED] < capacity else WAITLISTED
        registration = Registration(fullname, email, structure, userid, state)
        seq = self._next
        self._items[seq] = registration
        self._tokens[registration.token] = seq
        self._ids[registration.id] = seq
        self._emails[email.strip().lower()] = seq
        self._next = seq + 1
        self._changes += 1
        return registration

    def remove(self, registration) -> None:
        seq = self._ids.pop(registration.id)
        del self._tokens[registration.token]
        self._emails.pop(registration.email.strip().lower(), None)
        del self._items[seq]
        self._changes += 1

    def promote(self, capacity) -> list:
        """Confirm the first waitlisted people while places are free."""
        free = capacity - self.counts()[CONFIRMED]
        promoted = []
        for registration in self._items.values():
            if free <= 0:
                break
            if registration.state == WAITLISTED:
                registration.state = CONFIRMED
                registration.promoted = datetime.now(pytz.utc)
                promoted.append(registration)
                free -= 1
        if promoted:
            self._changes += 1
        return promoted


def get_registrations(event, create=False):
    return stored(event, ANNOTATION_KEY, Registrations, create)


def capacity_of(event) -> int:
    return getattr(IMeeting(event, None), "capacity", 0) or 0


def closing_date(event):
    """When registrations close: the deadline, or else the start of the event."""
    meeting = IMeeting(event)
    deadline = meeting.registration_deadline or IEventAccessor(event).start
    return as_aware(deadline, event)


def registration_status(event) -> dict:
    """What a visitor may know: open or not, places left; never who registered."""
    capacity = capacity_of(event)
    registrations = get_registrations(event)
    confirmed = registrations.counts()[CONFIRMED] if registrations else 0
    closes = closing_date(event) if capacity else None
    return {
        "enabled": bool(capacity),
        "open": bool(capacity) and datetime.now(pytz.utc) < closes,
        "capacity": capacity,
        "places_left": max(capacity - confirmed, 0),
        "closes": closes.isoformat() if closes else None,
    }


def clean(data: dict, user=None) -> dict:
    """Check a registration request; raise RegistrationError naming the field."""
    if not isinstance(data, dict):
        raise RegistrationError(_("The request must be a JSON object."))
    if str(data.get(HONEYPOT) or "").strip():
        raise RegistrationError(_("Your registration was refused."), HONEYPOT)
    values = {}
    for name, limit in FIELD_LIMITS.items():
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise RegistrationError(_("This field must be text."), name)
        value = " ".join((value or "").split())
        if len(value) > limit:
            raise RegistrationError(_("This field is too long."), name)
        values[name] = value
    if user is not None:
        values["fullname"] = values["fullname"] or user.getProperty("fullname") or ""
        values["email"] = values["email"] or user.getProperty("email") or ""
    if not values["fullname"]:
        raise RegistrationError(_("Please give your full name."), "fullname")
    if not values["email"]:
        raise RegistrationError(_("Please give your e-mail address."), "email")
    try:
        Email().validate(values["email"])
    except ValidationError as error:
        raise RegistrationError(
            _("This e-mail address is not valid."), "email"
        ) from error
    return values


def check_open(event) -> None:
    if not capacity_of(event):
        raise RegistrationError(_("There is no registration for this event."))
    if datetime.now(pytz.utc) >= closing_date(event):
        raise RegistrationError(_("Registrations for this event are closed."))


def register(event, values: dict, userid=None) -> Registration:
    """Add a registration; the caller commits (see ``serialized``)."""
    check_open(event)
    registrations = get_registrations(event, create=True)
    if registrations.has_email(values["email"]):
        raise RegistrationError(
            _("This e-mail address is already registered for this event."), "email"
        )
    return registrations.add(
        values["fullname"],
        values["email"],
        values["structure"],
        userid,
        capacity_of(event),
    )


def cancel(event, registration) -> list:
    """Cancel a registration, promote from the waiting list; return the promoted."""
    registrations = get_registrations(event)
    registrations.remove(registration)
    return registrations.promote(capacity_of(event))


def promote(event) -> list:
    registrations = get_registrations(event)
    if not registrations:
        return []
    return registrations.promote(capacity_of(event))
