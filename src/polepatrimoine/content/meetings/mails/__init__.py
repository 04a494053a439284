"""E-mails to registrants: ``mail-registration-<kind>`` views on the event.

What a visitor typed never reads as the site's words: no greeting, subject or
first line is built from it. The name appears only as quoted data, on a line
of its own, and only in mails to an address whose owner has confirmed it: the
mail that asks for the confirmation carries nothing the visitor typed, so the
form cannot carry a stranger's text to any address.
"""

from plone.event.interfaces import IEventAccessor
from polepatrimoine.content import _
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import CONFIRMED
from polepatrimoine.content.meetings.registrations import PENDING


class MailView(mail.MailView):
    """Base of the registrations' mail templates: the event and ``registration``."""

    @property
    def registration(self):
        return self.options["registration"]

    def fullname(self):
        """The name as typed, for a quoted line only (never a greeting)."""
        return self.registration.fullname

    def held(self):
        return self.registration.held

    def title(self):
        return self.context.Title()

    def date(self):
        accessor = IEventAccessor(self.context)
        if accessor.whole_day:
            return french_date(accessor.start)
        return french_short(accessor.start)

    def location(self):
        return IEventAccessor(self.context).location or ""

    def online_url(self):
        """The online link, given to confirmed registrants only."""
        if self.registration.state != CONFIRMED:
            return ""
        return safe_url(IMeeting(self.context).online_url) or ""

    def url(self):
        return self.context.absolute_url()

    def cancel_url(self):
        token = self.registration.token
        return f"{self.url()}/@@cancel-registration?token={token}"

    def confirm_url(self):
        secret = self.registration.confirmation
        return f"{self.url()}/@@confirm-registration?token={secret}"

    def expires(self):
        return french_short(self.registration.expires)


def send(kind: str, event, registration, subject) -> None:
    mail.send(
        f"registration-{kind}",
        event,
        [registration.email],
        subject,
        registration=registration,
    )


def send_confirmation(event, registration) -> None:
    title = {"title": event.Title()}
    if registration.state == PENDING:
        subject = _("Please confirm your registration: ${title}", mapping=title)
        send("pending", event, registration, subject)
    elif registration.state == CONFIRMED:
        subject = _("Registration confirmed: ${title}", mapping=title)
        send("confirmed", event, registration, subject)
    else:
        subject = _("Registration on the waiting list: ${title}", mapping=title)
        send("waitlisted", event, registration, subject)


def send_promotion(event, registration) -> None:
    subject = _("A place is free for you: ${title}", mapping={"title": event.Title()})
    send("promoted", event, registration, subject)


def send_reminder(event, registration) -> None:
    """A second request for a registered address: its owner is reminded."""
    if registration.state == PENDING:
        send_confirmation(event, registration)
        return
    subject = _("Your registration: ${title}", mapping={"title": event.Title()})
    send("reminder", event, registration, subject)


def send_cancellation(event, registration) -> None:
    if registration.state == PENDING:
        # Nobody has confirmed this address: it receives nothing more.
        return
    subject = _("Registration cancelled: ${title}", mapping={"title": event.Title()})
    send("cancelled", event, registration, subject)
