"""Subscribing (double opt-in), confirming and leaving: the rules every channel follows.

A request to subscribe gets one answer, whatever the address's state: a new or
pending address receives the confirmation link, an active one at most a
reminder that it is subscribed, and the HTTP answer is the same in every case,
so that nobody learns from the site who subscribes. A member's own account
address gets the link too: Plone proves no account address (a self-registered
member chooses a password and any address, and may change it later), so an
account would otherwise subscribe someone else's inbox without their consent.
"""

from datetime import timedelta
from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.newsletter import mails
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.personaldata import consent
from zope.schema import ValidationError


FIELD_LIMITS = {"email": 254, "name": 200, "structure": 200}
FIELD_TITLES = {
    "email": _("E-mail address"),
    "name": _("Name"),
    "structure": _("Organisation"),
}
HONEYPOT = "website"
RATE_LIMIT = "newsletter.subscribe"
# Submissions per client and window (seconds): enough for a family behind one
# address, too few to mail bomb anyone through the form.
LIMIT = 10
WINDOW = 600
# A second request for an address mails it again at most this often.
MAIL_INTERVAL = timedelta(hours=1)

ANSWER = _(
    "Thank you. If this address is not subscribed yet, it will receive an e-mail "
    "with a link to confirm the subscription, valid for 7 days."
)
LINK_INVALID = _(
    "This confirmation link is not valid: it was used already or it has expired. "
    "You may subscribe again."
)
UNSUBSCRIBE_INVALID = _(
    "This unsubscribe link is not valid. Check that it was copied whole from the "
    "newsletter's e-mail."
)


class SubscriptionError(ValueError):
    """A request refused: ``message`` is a French msgid, ``field`` the field at fault."""

    def __init__(self, message, field=None, status=400):
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


def retry_after(request) -> int:
    """Count a submission of the request's client: 0, or the seconds to wait."""
    return ratelimit.check(request, RATE_LIMIT, LIMIT, WINDOW)


def clean(data: dict, user=None) -> dict:
    """Check a request to subscribe; raise SubscriptionError naming the field."""
    if not isinstance(data, dict):
        raise SubscriptionError(_("The request must be a JSON object."))
    if str(data.get(HONEYPOT) or "").strip():
        raise SubscriptionError(_("Your subscription was refused."), HONEYPOT)
    values = {}
    for name, limit in FIELD_LIMITS.items():
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise SubscriptionError(_("This field must be text."), name)
        value = " ".join((value or "").split())
        if len(value) > limit:
            raise SubscriptionError(
                _(
                    "${field}: this field is too long (${limit} characters at most).",
                    mapping={"field": FIELD_TITLES[name], "limit": limit},
                ),
                name,
            )
        values[name] = value
    if user is not None and not values["email"]:
        values["email"] = user.getProperty("email") or ""
    if not values["email"]:
        raise SubscriptionError(_("Please give your e-mail address."), "email")
    try:
        Email().validate(values["email"])
    except ValidationError as error:
        raise SubscriptionError(
            _("This e-mail address is not valid."), "email"
        ) from error
    if data.get(consent.FIELD) is not True:
        raise SubscriptionError(consent.MISSING, consent.FIELD)
    values["email"] = subscribers.normalise(values["email"])
    return values


def own_address(email: str, user=None) -> bool:
    """The address is the logged-in member's account address."""
    account = (user.getProperty("email") or "") if user is not None else ""
    return bool(account) and subscribers.normalise(account) == email


def consent_record(source: str) -> dict:
    record = consent.record()
    record["source"] = source
    return record


def subscribe(values: dict, source: str = "form", user=None):
    """Ask for the subscription of ``values["email"]``; return the subscriber.

    The address stays pending until its link is followed, a member's own
    account address too. Mails leave after the commit.
    """
    store = subscribers.store(create=True)
    when = subscribers.now()
    email = values["email"]
    subscriber = store.get(email)
    if subscriber is not None and subscriber.expired(when):
        store.remove(email)
        subscriber = None
    if subscriber is None:
        subscriber = store.add(subscribers.Subscriber(email, created=when))
    elif subscriber.state == subscribers.ACTIVE:
        if _mail_due(subscriber, when):
            mails.send_already(subscriber)
        return subscriber
    elif subscriber.state == subscribers.PENDING and not _mail_due(subscriber, when):
        return subscriber
    # New, pending, unsubscribed or bouncing: what they asked for now, once confirmed.
    subscriber.name = values.get("name", "")
    subscriber.structure = values.get("structure", "")
    subscriber.consent = consent_record(source)
    subscriber.source = source
    subscriber.state = subscribers.PENDING
    subscriber.mailed = when
    store.start_confirmation(subscriber, when)
    mails.send_confirmation(subscriber)
    return subscriber


def _mail_due(subscriber, when) -> bool:
    last = getattr(subscriber, "mailed", None)
    if last is not None and when - last < MAIL_INTERVAL:
        return False
    subscriber.mailed = when
    return True


def confirm(token):
    """Follow a confirmation link: the subscriber now active, or None."""
    subscriber = subscribers.confirm(token) if isinstance(token, str) else None
    if subscriber is not None:
        mails.send_welcome(subscriber)
    return subscriber


def unsubscribe(token):
    """The one-click unsubscribe: the subscriber, or None for an unknown token."""
    subscriber = subscribers.store().by_token(token)
    if subscriber is None:
        return None
    subscribers.unsubscribe(subscriber)
    return subscriber
