"""What the consent tests of the three forms check: the French refusal, the stored consent."""

from datetime import datetime
from polepatrimoine.content.personaldata import consent

import html
import pytz
import re


MISSING = (
    "Merci de cocher la case pour accepter le traitement de vos données "
    "(consentement) : sans elle, le formulaire ne peut pas être envoyé."
)
TEXT = (
    "J'accepte que Pôle Patrimoine conserve les données de ce formulaire pour "
    "traiter ma demande, comme l'explique la page « Données personnelles » (ce qui "
    "est conservé, combien de temps, qui les lit, et mes droits)."
)
# What REST clients might send instead of JSON true: each is refused.
NOT_GIVEN = (
    {},
    {"consent": False},
    {"consent": None},
    {"consent": "true"},
    {"consent": "on"},
    {"consent": 1},
    {"consent": [True]},
    # A client cannot write the stored record (date, text) itself.
    {"consent": {"date": "2020-01-01T00:00:00+01:00", "text": "Rien"}},
)


def assert_refused(response):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert (error["type"], error["field"], error["message"]) == (
        "BadRequest",
        "consent",
        MISSING,
    )


def assert_consent(stored: dict, before: datetime):
    """A consent given just now, with the text shown, dated in Europe/Paris."""
    assert stored["text"] == TEXT
    assert stored["version"] == consent.VERSION
    date = datetime.fromisoformat(stored["date"])
    paris = date.astimezone(pytz.timezone("Europe/Paris"))
    assert date.utcoffset() == paris.utcoffset()
    assert stored["date"].endswith(("+01:00", "+02:00"))
    assert before.replace(microsecond=0) <= date <= datetime.now(pytz.utc)


def assert_consent_box(page: str, portal_url: str, start: str):
    """The page's consent box (from ``start``, an HTML fragment marking it) shows
    the text and links to the public page."""
    # The box and its help, not the footer's link further down the page.
    box = page[page.index(start) :][:2000]
    text = " ".join(html.unescape(re.sub("<[^>]+>", " ", box)).split())
    assert " ".join(TEXT.split()) in text
    assert f'href="{portal_url}/@@personal-data-policy"' in box
