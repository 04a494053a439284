"""Registrations to a meeting: storage, rules, confirmation, waiting list and promotion.

Registrations live in an annotation of the event, never in the catalog nor in
the serialized event. Every change bumps ``Registrations._changes``, a plain
attribute without conflict resolution: two transactions that decide on the
same event always conflict in ZODB, so places can never be given twice, even
across several Zope processes. Inside one process, ``common.locking.serialized``
queues the decisions on one event so that concurrent requests do not turn
into a storm of conflict retries.

A registration whose address nobody has proved (a visitor who is not logged
in, or a member registering another address) is ``pending`` until the link of
its e-mail is followed; it holds a place, when one is free, until it expires.
An expired pending registration counts for nothing from that moment on (every
count takes the time), and is removed, its place given to the waiting list,
by the next decision on the event or by the console command: no timer.
"""

from BTrees.IOBTree import IOBTree
from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from persistent import Persistent
from persistent.list import PersistentList
from plone import api
from plone.event.interfaces import IEventAccessor
from polepatrimoine.content import _
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.behavior import as_aware
from polepatrimoine.content.personaldata import consent

import pytz
import secrets
import uuid


ANNOTATION_KEY = "polepatrimoine.meetings.registrations"
PENDING = "pending"
CONFIRMED = "confirmed"
WAITLISTED = "waitlisted"
SETTINGS = "polepatrimoine.registrations"
DEFAULT_CONFIRMATION_HOURS = 48


def now() -> datetime:
    """The time every rule of this module reads (tests move it)."""
    return datetime.now(pytz.utc)


def setting(name: str, default: int) -> int:
    value = api.portal.get_registry_record(f"{SETTINGS}.{name}", default=None)
    return default if value is None else value


def confirmation_delay() -> timedelta:
    return timedelta(hours=setting("confirmation_hours", DEFAULT_CONFIRMATION_HOURS))


class RegistrationError(ValueError):
    """A registration refused: ``message`` is a translatable French message."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


class Registration(Persistent):
    # Registrations stored before confirmations existed have no such attributes.
    confirmation = None  # the secret of the confirmation link, while pending
    expires = None
    held = False  # a pending registration holds a place
    reminded = None
    consent = None  # {"date", "version", "text"}: what the person agreed to

    def __init__(self, fullname, email, structure, userid, state):
        self.id = uuid.uuid4().hex
        self.token = secrets.token_urlsafe(32)
        self.fullname = fullname
        self.email = email
        self.structure = structure
        self.userid = userid
        self.state = state
        self.created = now()
        self.promoted = None

    def expired(self, at) -> bool:
        return self.state == PENDING and self.expires is not None and self.expires <= at

    def holds_place(self, at) -> bool:
        if self.state == PENDING:
            return self.held and not self.expired(at)
        return self.state == CONFIRMED

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "fullname": self.fullname,
            "email": self.email,
            "structure": self.structure,
            "state": self.state,
            "place_held": self.state == PENDING and self.held,
            "expires": iso_paris(self.expires) if self.state == PENDING else None,
            "created": iso_paris(self.created),
            "promoted": iso_paris(self.promoted),
            "consent": dict(self.consent) if self.consent else None,
        }


def _key(email: str) -> str:
    return email.strip().lower()


class Registrations(Persistent):
    """The registrations of one event, in order of arrival."""

    _confirmations = None  # confirmation secret -> sequence (made on first use)
    # Expiry times of the places held for repeated submissions of a registered
    # address (see ``hold_for_repeat``); made on first use.
    _repeats = None

    def __init__(self):
        self._items = IOBTree()  # sequence -> Registration
        self._tokens = OOBTree()  # token -> sequence
        self._ids = OOBTree()  # id -> sequence
        self._emails = OOBTree()  # normalised e-mail -> sequence
        self._confirmations = OOBTree()
        self._next = 0
        self._changes = 0

    def __len__(self):
        return len(self._items)

    def values(self, at=None) -> list:
        """The registrations that count at ``at``: expired pending ones do not."""
        at = at or now()
        return [item for item in self._items.values() if not item.expired(at)]

    def counts(self, at=None) -> dict:
        """Confirmed, waitlisted, pending, and the places the pending hold."""
        at = at or now()
        items = self.values(at)
        states = [item.state for item in items]
        return {
            CONFIRMED: states.count(CONFIRMED),
            WAITLISTED: states.count(WAITLISTED),
            PENDING: states.count(PENDING),
            "held": sum(1 for item in items if item.state == PENDING and item.held),
        }

    def places_taken(self, at) -> int:
        held = sum(1 for item in self._items.values() if item.holds_place(at))
        return held + self.repeats_held(at)

    def repeats_held(self, at) -> int:
        return sum(1 for expires in self._repeats or () if expires > at)

    def hold_for_repeat(self, capacity, at=None) -> bool:
        """A registered address was submitted again by someone who did not
        prove it: hold a place exactly as a new address's pending registration
        would (when one is free, until the same delay), so that nothing a
        visitor can read (counts, pages, the fate of their own registrations)
        tells a registered address from a new one."""
        at = at or now()
        if self.places_taken(at) >= capacity:
            return False
        if self._repeats is None:
            self._repeats = PersistentList()
        self._repeats.append(at + confirmation_delay())
        self._changes += 1
        return True

    def expired_repeats(self, at=None) -> int:
        at = at or now()
        return sum(1 for expires in self._repeats or () if expires <= at)

    def release_repeats(self, at=None) -> int:
        """Forget the expired holds of repeated submissions; how many."""
        at = at or now()
        expired = [expires for expires in self._repeats or () if expires <= at]
        if expired:
            self._repeats[:] = [e for e in self._repeats if e > at]
            self._changes += 1
        return len(expired)

    def _active(self, seq, at):
        if seq is None:
            return None
        item = self._items[seq]
        return None if item.expired(at) else item

    def by_token(self, token):
        """The registration of a cancel token (pending ones have no cancel link)."""
        seq = self._tokens.get(token) if isinstance(token, str) else None
        item = self._active(seq, now())
        return None if item is None or item.state == PENDING else item

    def by_id(self, value):
        seq = self._ids.get(value) if isinstance(value, str) else None
        return self._active(seq, now())

    def by_confirmation(self, secret, at=None):
        """The pending registration of a confirmation link, until it expires."""
        confirmations = self._confirmations or {}
        seq = confirmations.get(secret) if isinstance(secret, str) else None
        return self._active(seq, at or now())

    def by_email(self, email: str, at=None):
        return self._active(self._emails.get(_key(email)), at or now())

    def has_email(self, email: str) -> bool:
        return self.by_email(email) is not None

    def add(
        self, fullname, email, structure, userid, capacity, verified=True, at=None
    ) -> Registration:
        """Add a registration: confirmed or waitlisted when its address is
        verified, else pending, holding a place when one is free."""
        at = at or now()
        free = self.places_taken(at) < capacity
        state = (CONFIRMED if free else WAITLISTED) if verified else PENDING
        registration = Registration(fullname, email, structure, userid, state)
        seq = self._next
        if state == PENDING:
            registration.held = free
            registration.expires = at + confirmation_delay()
            registration.confirmation = secrets.token_urlsafe(32)
            if self._confirmations is None:
                self._confirmations = OOBTree()
            self._confirmations[registration.confirmation] = seq
        self._items[seq] = registration
        self._tokens[registration.token] = seq
        self._ids[registration.id] = seq
        self._emails[_key(email)] = seq
        self._next = seq + 1
        self._changes += 1
        return registration

    def confirm(self, registration, capacity, at=None) -> list:
        """The link of a pending registration was followed: it keeps the place
        it holds, or else joins the waiting list in its order of arrival.
        Return the people confirmed from the waiting list (maybe itself)."""
        del self._confirmations[registration.confirmation]
        registration.confirmation = None
        registration.expires = None
        registration.state = CONFIRMED if registration.held else WAITLISTED
        registration.held = False
        self._changes += 1
        return self.promote(capacity, at)

    def remove(self, registration) -> None:
        seq = self._ids.pop(registration.id)
        del self._tokens[registration.token]
        if registration.confirmation is not None:
            self._confirmations.pop(registration.confirmation, None)
        if self._emails.get(_key(registration.email)) == seq:
            del self._emails[_key(registration.email)]
        del self._items[seq]
        self._changes += 1

    def expired(self, at=None) -> list:
        at = at or now()
        return [item for item in self._items.values() if item.expired(at)]

    def promote(self, capacity, at=None) -> list:
        """Confirm the first waitlisted people while places are free."""
        at = at or now()
        free = capacity - self.places_taken(at)
        promoted = []
        for registration in self._items.values():
            if free <= 0:
                break
            if registration.state == WAITLISTED:
                registration.state = CONFIRMED
                registration.promoted = at
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


def state_title(state: str, held: bool = False):
    """The French label of a state, for the organisers."""
    if state == PENDING:
        if held:
            return _("Awaiting confirmation (place held)")
        return _("Awaiting confirmation")
    return {CONFIRMED: _("Confirmed"), WAITLISTED: _("Waiting list")}[state]


def registration_status(event) -> dict:
    """What a visitor may know: open or not, places left; never who registered."""
    capacity = capacity_of(event)
    registrations = get_registrations(event)
    at = now()
    taken = waiting = 0
    if registrations:
        taken = registrations.places_taken(at)
        # Places that expired confirmations released go to the waiting list
        # first, even before the next decision has moved it up.
        waiting = registrations.counts(at)[WAITLISTED]
    closes = closing_date(event) if capacity else None
    return {
        "enabled": bool(capacity),
        "open": bool(capacity) and at < closes,
        "capacity": capacity,
        "places_left": max(capacity - taken - waiting, 0),
        "closes": iso_paris(closes),
    }


def check_open(event) -> None:
    if not capacity_of(event):
        raise RegistrationError(_("There is no registration for this event."))
    if now() >= closing_date(event):
        raise RegistrationError(_("Registrations for this event are closed."))


def register(event, values: dict, userid=None, verified=False):
    """Add a registration; return it and whether it is new.

    The caller commits (see ``serialized``) and has released the expired
    confirmations first. An address already registered raises for its own
    member; for anyone else the existing registration comes back, so that the
    answer says nothing of who is registered.
    """
    check_open(event)
    registrations = get_registrations(event, create=True)
    existing = registrations.by_email(values["email"])
    if existing is not None:
        if verified:
            raise RegistrationError(
                _("This e-mail address is already registered for this event."),
                "email",
            )
        registrations.hold_for_repeat(capacity_of(event))
        return existing, False
    registration = registrations.add(
        values["fullname"],
        values["email"],
        values["structure"],
        userid,
        capacity_of(event),
        verified=verified,
    )
    registration.consent = values.get(consent.FIELD)
    return registration, True


def release_expired(event) -> list:
    """Remove the expired confirmations, give their places to the waiting list;
    return the people confirmed from it."""
    registrations = get_registrations(event)
    if registrations is None:
        return []
    expired = registrations.expired()
    for registration in expired:
        registrations.remove(registration)
    released = registrations.release_repeats()
    return registrations.promote(capacity_of(event)) if expired or released else []


def confirm(event, registration) -> list:
    """Confirm a pending registration; return the people confirmed from the
    waiting list (the registration itself when a place was free for it)."""
    return get_registrations(event).confirm(registration, capacity_of(event))


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
