"""Registering, confirming by the e-mail's link, releasing expired places: each
decision under the event's lock, then its e-mails (REST, pages and command)."""

from datetime import timedelta
from polepatrimoine.content import _
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.locking import serialized
from polepatrimoine.content.meetings import mails
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings import submission
from polepatrimoine.content.meetings.indexers import recount


# A second request for an address already registered mails its owner again,
# at most this often: the form must not become a way to flood a mailbox.
REMINDER_INTERVAL = timedelta(hours=1)
RATE_LIMIT = "meetings.registrations"
# The one answer to a request from an address that is not a member's own,
# new or already registered: it tells nobody who is registered.
ANSWER = _(
    "If this e-mail address is not registered for this event yet, it will receive "
    "an e-mail with a link to confirm the registration."
)

LINK_INVALID = _(
    "This confirmation link is not valid: it was used already or it has expired. "
    "You may register again."
)


def retry_after(request) -> int:
    """Count a submission of the request's client: 0, or the seconds to wait."""
    return ratelimit.check(
        request,
        RATE_LIMIT,
        registrations.setting("rate_limit", 10),
        registrations.setting("rate_window", 600),
    )


def submit(event, values: dict, user=None):
    """Register; return the new registration, or None for an address already
    registered by someone else than its own member (who then gets a reminder).

    Raise ``RegistrationError`` when refused.
    """
    verified = submission.is_verified(values, user)
    with serialized(event):
        promoted = registrations.release_expired(event)
        registration, new = registrations.register(
            event, values, user.getId() if user is not None else None, verified
        )
        remind = not new and _reminder_due(registration)
        recount(event)
    for person in promoted:
        mails.send_promotion(event, person)
    if new:
        mails.send_confirmation(event, registration)
        return registration
    if remind:
        mails.send_reminder(event, registration)
    return None


def _reminder_due(registration) -> bool:
    at = registrations.now()
    if registration.reminded and at - registration.reminded < REMINDER_INTERVAL:
        return False
    registration.reminded = at
    return True


def confirm(event, secret: str):
    """Follow a confirmation link; the registration, or None when the link is
    unknown, used already or expired."""
    with serialized(event):
        promoted = registrations.release_expired(event)
        storage = registrations.get_registrations(event)
        registration = storage.by_confirmation(secret) if storage else None
        if registration is not None:
            promoted += registrations.confirm(event, registration)
            if registration in promoted:
                # Its own confirmation, not a promotion from the waiting list.
                promoted.remove(registration)
                registration.promoted = None
        recount(event)
    for person in promoted:
        mails.send_promotion(event, person)
    if registration is not None:
        mails.send_confirmation(event, registration)
    return registration


def release(event) -> int:
    """Release the event's expired confirmations (the console command)."""
    storage = registrations.get_registrations(event)
    if not storage or not (storage.expired() or storage.expired_repeats()):
        return 0
    with serialized(event):
        released = len(registrations.get_registrations(event).expired())
        promoted = registrations.release_expired(event)
        recount(event)
    for person in promoted:
        mails.send_promotion(event, person)
    return released
