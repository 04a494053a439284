"""The French e-mails sent to registrants (sent when the transaction commits)."""

from plone import api
from plone.event.interfaces import IEventAccessor
from polepatrimoine.content import _ as message
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.registrations import CONFIRMED
from zope.i18n import translate


LANGUAGE = "fr"


def _(msgid, **kwargs) -> str:
    """The French text of a msgid: e-mails are French whatever the request."""
    return translate(message(msgid, **kwargs), target_language=LANGUAGE)


def when(event) -> str:
    accessor = IEventAccessor(event)
    start = accessor.start
    if accessor.whole_day:
        return start.strftime("%d/%m/%Y")
    return start.strftime("%d/%m/%Y %H:%M")


def cancel_url(event, registration) -> str:
    return f"{event.absolute_url()}/@@cancel-registration?token={registration.token}"


def details(event, registration) -> list:
    accessor = IEventAccessor(event)
    lines = [
        _("Event: ${title}", mapping={"title": event.Title()}),
        _("Date: ${date}", mapping={"date": when(event)}),
    ]
    if accessor.location:
        lines.append(_("Place: ${location}", mapping={"location": accessor.location}))
    online_url = IMeeting(event).online_url
    if online_url and registration.state == CONFIRMED:
        lines.append(_("Online link: ${url}", mapping={"url": online_url}))
    lines.append(_("Page of the event: ${url}", mapping={"url": event.absolute_url()}))
    return lines


def footer(event, registration) -> list:
    return [
        "",
        _("If you cannot come, please cancel your registration with this link:"),
        cancel_url(event, registration),
        "",
        _("The Pôle Patrimoine team"),
    ]


def send(registration, subject, lines) -> None:
    api.portal.send_email(
        recipient=registration.email,
        subject=subject,
        body="\n".join(lines),
        immediate=False,
    )


def send_confirmation(event, registration) -> None:
    hello = _("Hello ${name},", mapping={"name": registration.fullname})
    if registration.state == CONFIRMED:
        subject = _(
            "Registration confirmed: ${title}", mapping={"title": event.Title()}
        )
        intro = _("Your registration is confirmed.")
    else:
        subject = _(
            "Registration on the waiting list: ${title}",
            mapping={"title": event.Title()},
        )
        intro = _(
            "The event is full: you are on the waiting list. We will write to you "
            "as soon as a place is free for you."
        )
    send(
        registration,
        subject,
        [
            hello,
            "",
            intro,
            "",
            *details(event, registration),
            *footer(event, registration),
        ],
    )


def send_promotion(event, registration) -> None:
    send(
        registration,
        _("A place is free for you: ${title}", mapping={"title": event.Title()}),
        [
            _("Hello ${name},", mapping={"name": registration.fullname}),
            "",
            _("A place has become free: your registration is now confirmed."),
            "",
            *details(event, registration),
            *footer(event, registration),
        ],
    )


def send_cancellation(event, registration) -> None:
    send(
        registration,
        _("Registration cancelled: ${title}", mapping={"title": event.Title()}),
        [
            _("Hello ${name},", mapping={"name": registration.fullname}),
            "",
            _("Your registration is cancelled."),
            "",
            _("The Pôle Patrimoine team"),
        ],
    )
