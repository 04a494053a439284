"""The newsletter's subscribers: a store on the site, keyed by the normalised address.

Subscribers are not Plone users: the store is an annotation of the portal
holding a BTree by lower-cased address, plus one BTree from each secret
(the permanent unsubscribe token, the confirmation token while pending) to
the address. Nothing here is catalogued, so no listing, search or
navigation can show a subscriber; only the coordinators' views read it.

An address becomes ``active`` only through its confirmation link (double
opt-in) or a coordinators' import that states where the consent came from.
A pending address whose link has expired counts for nothing from that moment
(its link is refused, a new request starts again) and is removed by the next
subscription or by the retention command.
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from datetime import timedelta
from persistent import Persistent
from plone import api
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.personaldata.register import retention

import pytz
import secrets


ANNOTATION_KEY = "polepatrimoine.newsletter.subscribers"
PENDING = "pending"
ACTIVE = "active"
UNSUBSCRIBED = "unsubscribed"
BOUNCING = "bouncing"
STATES = (PENDING, ACTIVE, UNSUBSCRIBED, BOUNCING)
PENDING_DAYS = "polepatrimoine.retention.pending_days"
UNSUBSCRIBED_MONTHS = "polepatrimoine.retention.newsletter_unsubscribed_months"
BOUNCE_LIMIT = 3
UNSUBSCRIBE_VIEW = "@@newsletter-unsubscribe"
CONFIRM_VIEW = "@@newsletter-confirm"


def now() -> datetime:
    """The time every rule of this module reads (tests move it)."""
    return datetime.now(pytz.utc)


def normalise(email: str | None) -> str:
    return (email or "").strip().lower()


def confirmation_delay() -> timedelta:
    return timedelta(days=retention(PENDING_DAYS))


class Subscriber(Persistent):
    """One address. ``last_issue_uid`` is set by the send loop for each issue
    sent to it; ``unsubscribed_after`` keeps it when the subscriber leaves."""

    confirmation = None  # the secret of the confirmation link, while pending
    expires = None  # until when that link works
    confirmed = None
    unsubscribed = None
    unsubscribed_after = None
    last_issue_uid = None
    source = ""  # how the address came: "form", "rest", "member", "import"
    mailed = None  # when the last confirmation or reminder left

    def __init__(self, email, name="", structure="", consent=None, created=None):
        self.email = normalise(email)
        self.name = name or ""
        self.structure = structure or ""
        self.state = PENDING
        self.token = secrets.token_urlsafe(32)
        self.consent = dict(consent or {})
        self.created = created or now()
        self.failures = set()

    def __repr__(self):
        return f"<Subscriber {self.state}>"

    def expired(self, when: datetime | None = None) -> bool:
        """A pending subscriber whose confirmation link is past its date."""
        return self.state == PENDING and (
            self.expires is None or self.expires <= (when or now())
        )

    def as_dict(self) -> dict:
        """What the coordinators and the person's own data export show."""
        return {
            "email": self.email,
            "name": self.name,
            "structure": self.structure,
            "state": self.state,
            "source": self.source,
            "consent": dict(self.consent or {}),
            "created": _iso(self.created),
            "confirmed": _iso(self.confirmed),
            "unsubscribed": _iso(self.unsubscribed),
            "unsubscribed_after": self.unsubscribed_after,
            "failures": len(self.failures or ()),
        }


def _iso(value) -> str | None:
    return iso_paris(value) if value else None


class Store(Persistent):
    """The subscribers of the site, by normalised address and by secret."""

    def __init__(self):
        self._subscribers = OOBTree()
        self._tokens = OOBTree()
        self._confirmations = OOBTree()

    def get(self, email: str | None) -> Subscriber | None:
        key = normalise(email)
        return self._subscribers.get(key) if key else None

    def by_token(self, token: str | None) -> Subscriber | None:
        if not isinstance(token, str) or not token:
            return None
        email = self._tokens.get(token)
        return self._subscribers.get(email) if email else None

    def by_confirmation(self, token: str | None) -> Subscriber | None:
        if not isinstance(token, str) or not token:
            return None
        email = self._confirmations.get(token)
        return self._subscribers.get(email) if email else None

    def all(self) -> list[Subscriber]:
        return list(self._subscribers.values())

    def active(self) -> list[Subscriber]:
        return [s for s in self._subscribers.values() if s.state == ACTIVE]

    def __len__(self):
        return len(self._subscribers)

    def counts(self, when: datetime | None = None) -> dict:
        """Subscribers per state; expired pending ones are not counted."""
        when = when or now()
        result = dict.fromkeys(STATES, 0)
        for subscriber in self._subscribers.values():
            if not subscriber.expired(when):
                result[subscriber.state] = result.get(subscriber.state, 0) + 1
        result["total"] = sum(result[state] for state in STATES)
        return result

    def search(self, text: str = "", state: str = "", when=None) -> list[Subscriber]:
        """By a part of the address, name or structure, and a state; sorted by address."""
        when = when or now()
        needle = (text or "").strip().lower()
        found = []
        for subscriber in self._subscribers.values():
            if subscriber.expired(when):
                continue
            if state and subscriber.state != state:
                continue
            haystack = " ".join(
                (subscriber.email, subscriber.name or "", subscriber.structure or "")
            ).lower()
            if needle and needle not in haystack:
                continue
            found.append(subscriber)
        return found

    def add(self, subscriber: Subscriber) -> Subscriber:
        self._subscribers[subscriber.email] = subscriber
        self._tokens[subscriber.token] = subscriber.email
        return subscriber

    def remove(self, email: str) -> Subscriber | None:
        subscriber = self.get(email)
        if subscriber is None:
            return None
        self._tokens.pop(subscriber.token, None)
        if subscriber.confirmation:
            self._confirmations.pop(subscriber.confirmation, None)
        del self._subscribers[subscriber.email]
        return subscriber

    def start_confirmation(self, subscriber: Subscriber, when=None) -> str:
        """A new single-use confirmation secret, valid for the pending delay."""
        when = when or now()
        self.end_confirmation(subscriber)
        subscriber.confirmation = secrets.token_urlsafe(32)
        subscriber.expires = when + confirmation_delay()
        self._confirmations[subscriber.confirmation] = subscriber.email
        return subscriber.confirmation

    def end_confirmation(self, subscriber: Subscriber) -> None:
        if subscriber.confirmation:
            self._confirmations.pop(subscriber.confirmation, None)
        subscriber.confirmation = None
        subscriber.expires = None

    def expire(self, when: datetime | None = None) -> int:
        """Remove the pending subscribers whose link has expired."""
        when = when or now()
        gone = [s.email for s in self._subscribers.values() if s.expired(when)]
        for email in gone:
            self.remove(email)
        return len(gone)


def store(portal=None, create: bool = False) -> Store:
    """The site's store. Reading never writes: without a store yet, an empty
    one that is not saved (writers pass ``create=True``)."""
    portal = portal if portal is not None else api.portal.get()
    found = stored(portal, ANNOTATION_KEY, Store, create=create)
    return found if found is not None else Store()


def unsubscribe_url(subscriber: Subscriber, portal=None) -> str:
    """The one-click page; it also takes RFC 8058's POST ``List-Unsubscribe=One-Click``."""
    portal = portal if portal is not None else api.portal.get()
    return f"{portal.absolute_url()}/{UNSUBSCRIBE_VIEW}/{subscriber.token}"


def confirm_url(subscriber: Subscriber, portal=None) -> str:
    portal = portal if portal is not None else api.portal.get()
    return f"{portal.absolute_url()}/{CONFIRM_VIEW}/{subscriber.confirmation}"


def confirm(token: str, when: datetime | None = None) -> Subscriber | None:
    """Follow a confirmation link: the subscriber, now active, or None when the
    secret is unknown, already used or expired."""
    when = when or now()
    found = store()
    subscriber = found.by_confirmation(token)
    if subscriber is None or subscriber.state != PENDING or subscriber.expired(when):
        return None
    found.end_confirmation(subscriber)
    subscriber.state = ACTIVE
    subscriber.confirmed = when
    subscriber.unsubscribed = None
    subscriber.unsubscribed_after = None
    # The address proved it reads its mail: earlier bounces say nothing any more.
    subscriber.failures = set()
    return subscriber


def unsubscribe(subscriber: Subscriber, when: datetime | None = None) -> bool:
    """The subscriber leaves; False when they had already left."""
    if subscriber.state == UNSUBSCRIBED:
        return False
    store().end_confirmation(subscriber)
    subscriber.state = UNSUBSCRIBED
    subscriber.unsubscribed = when or now()
    subscriber.unsubscribed_after = subscriber.last_issue_uid
    return True


def set_state(subscriber: Subscriber, state: str, when=None) -> None:
    """A coordinator's change of state."""
    if state not in STATES:
        raise ValueError(state)
    if state == subscriber.state:
        return
    when = when or now()
    if state == UNSUBSCRIBED:
        unsubscribe(subscriber, when)
        return
    if state == PENDING:
        store().start_confirmation(subscriber, when)
    else:
        store().end_confirmation(subscriber)
    if state == ACTIVE:
        subscriber.confirmed = subscriber.confirmed or when
        subscriber.unsubscribed = None
        subscriber.failures = set()
    subscriber.state = state


def record_permanent_failure(email: str, issue_uid: str) -> Subscriber | None:
    """An issue got a permanent (5xx) SMTP answer for this address: at
    ``BOUNCE_LIMIT`` distinct issues an active subscriber becomes bouncing."""
    subscriber = store().get(email)
    if subscriber is None:
        return None
    failures = set(subscriber.failures or ())
    failures.add(issue_uid)
    subscriber.failures = failures  # a new set: persistence sees the change
    if len(failures) >= BOUNCE_LIMIT and subscriber.state == ACTIVE:
        subscriber.state = BOUNCING
    return subscriber


def record_delivered(email: str) -> Subscriber | None:
    """An issue was accepted for this address. Past failures are kept: three
    failed issues make a subscriber bouncing even with deliveries between."""
    return store().get(email)
