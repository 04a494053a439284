"""The consent asked by every form that collects personal data: one versioned text."""

from datetime import datetime
from plone import api
from polepatrimoine.content import _
from zope.i18n import translate

import pytz


# Change VERSION whenever TEXT changes: each stored consent keeps both.
VERSION = "2026-11-30"
TEXT = _(
    "I agree that Pôle Patrimoine keeps the data of this form to handle my "
    "request, as explained on the page « Personal data » (what is kept, how long, "
    "who reads it, and my rights)."
)
LINK = _("Personal data")
MISSING = _(
    "Please tick the box to agree to the processing of your data (consent): "
    "without it the form cannot be sent."
)
FIELD = "consent"
POLICY_VIEW = "@@personal-data-policy"
TIMEZONE = pytz.timezone("Europe/Paris")


def now() -> datetime:
    """The time a consent is given (tests move it)."""
    return datetime.now(TIMEZONE)


def policy_url() -> str:
    return f"{api.portal.get().absolute_url()}/{POLICY_VIEW}"


def text(request=None) -> str:
    """The consent text as shown: French on the site."""
    return translate(TEXT, context=request or api.env.getRequest())


def given(value) -> bool:
    """A ticked checkbox of an HTML form (``on``); REST asks for JSON ``true``."""
    if value is True:
        return True
    return isinstance(value, str) and value.strip().lower() in ("on", "1", "true")


def record(request=None) -> dict:
    """What is stored with a record: when, and the exact text shown."""
    return {
        "date": now().isoformat(timespec="seconds"),
        "version": VERSION,
        "text": text(request),
    }
