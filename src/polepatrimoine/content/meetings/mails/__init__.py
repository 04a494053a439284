"""E-mails to registrants: ``mail-registration-<kind>`` views on the event."""

from plone.event.interfaces import IEventAccessor
from polepatrimoine.content import _
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import CONFIRMED


class MailView(mail.MailView):
    """Base of the registrations' mail templates: the event and ``registration``."""

    @property
    def registration(self):
        return self.options["registration"]

    def fullname(self):
        return self.registration.fullname

    def title(self):
        return self.context.Title()

    def date(self):
        accessor = IEventAccessor(self.context)
        if accessor.whole_day:
            return accessor.start.strftime("%d/%m/%Y")
        return accessor.start.strftime("%d/%m/%Y %H:%M")

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
    if registration.state == CONFIRMED:
        subject = _("Registration confirmed: ${title}", mapping=title)
        send("confirmed", event, registration, subject)
    else:
        subject = _("Registration on the waiting list: ${title}", mapping=title)
        send("waitlisted", event, registration, subject)


def send_promotion(event, registration) -> None:
    subject = _("A place is free for you: ${title}", mapping={"title": event.Title()})
    send("promoted", event, registration, subject)


def send_cancellation(event, registration) -> None:
    subject = _("Registration cancelled: ${title}", mapping={"title": event.Title()})
    send("cancelled", event, registration, subject)
