"""Applying to an offer: the rate limit, the offer open, the checks, then the
application kept and the two mails (the structure's, the acknowledgement)."""

from datetime import UTC
from polepatrimoine.content import _
from polepatrimoine.content.common import mail
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.applications import storage
from polepatrimoine.content.opportunities.applications import submission
from polepatrimoine.content.opportunities.applications.submission import (
    ApplicationError,
)
from polepatrimoine.content.opportunities.indexers import public_structure


RATE_LIMIT = "opportunities.applications"
# Applications per client address and window (seconds): enough for a young
# person applying to several offers in an evening, not for a robot.
LIMIT = 5
WINDOW = 600

CLOSED = _(
    "This offer no longer accepts applications: its deadline is past or it is "
    "not published."
)
SENT = _(
    "Your application was sent to the structure. You will receive an "
    "acknowledgement by e-mail."
)


def retry_after(request) -> int:
    """Count a submission of the request's client: 0, or the seconds to wait."""
    return ratelimit.check(request, RATE_LIMIT, LIMIT, WINDOW)


def submit(offer, data: dict, uploads: dict) -> storage.Application:
    """Check and keep an application, and mail it after the commit.

    ``data`` holds the texts and ``consent`` (True when given), ``uploads``
    the files by name. Raise ``ApplicationError`` when refused: nothing is
    kept and nothing is sent.
    """
    if not expiry.is_open(offer):
        raise ApplicationError(CLOSED, status=403)
    values = submission.clean(data)
    files = submission.clean_files(uploads)
    # In UTC: ZODB cannot pickle a zoneinfo time zone.
    at = expiry.now().astimezone(UTC)
    application = storage.add(offer.UID(), values, files, at)
    send_mails(offer, application)
    return application


def send_mails(offer, application) -> None:
    title = {"title": offer.Title()}
    attachments = [
        (f.filename, f.contentType, f.data)
        for f in (application.files.get(name) for name in storage.FILES)
        if f is not None
    ]
    mail.send(
        "opportunity-application",
        offer,
        [offer.contact_email],
        _("Application to your offer: ${title}", mapping=title),
        attachments=attachments,
        application=application,
    )
    mail.send(
        "opportunity-acknowledgement",
        offer,
        [application.email],
        _("Your application was sent: ${title}", mapping=title),
        application=application,
    )


def structure_title(offer) -> str:
    """The offering structure's name, as the acknowledgement names it: only
    once the structure is public, as the offer's page would show it."""
    target = public_structure(offer)
    return target.Title() if target is not None else ""
