"""The rules shared by several types and the actors import: SIRET, French phone,
web address.

Each ``check_*`` function returns the cleaned value or raises ``FieldError``
whose message (French, through the catalog) names the problem; ``constraint``
turns one into a zope.schema constraint.
"""

from collections.abc import Callable
from polepatrimoine.content import _
from urllib.parse import urlsplit
from zope.i18n import translate
from zope.schema import URI
from zope.schema import ValidationError

import html
import re


class FieldError(ValidationError):
    """A validation error carrying its own (translatable) message."""

    def __init__(self, message, value=None):
        super().__init__(message, value)
        self.message = message

    def doc(self):
        return self.message

    def __str__(self):
        return translate(self.message, target_language="fr")


class InvalidSiret(FieldError):
    """Not a SIRET number."""


class InvalidPhone(FieldError):
    """Not a French phone number."""


PHONE_SEPARATORS = re.compile(r"[\s.\-]")
PHONE = re.compile(r"^(?:0|\+33|0033)[1-9]\d{8}$")
# La Poste's establishments share one SIREN and follow their own check rule.
LA_POSTE_SIREN = "356000000"


def constraint(check: Callable) -> Callable[[object], bool]:
    """A zope.schema constraint from a ``check_*`` function."""

    def check_value(value) -> bool:
        check(value)
        return True

    return check_value


def check_phone(value: str) -> str:
    value = (value or "").strip()
    if not PHONE.match(PHONE_SEPARATORS.sub("", value)):
        raise InvalidPhone(
            _(
                "Enter a French phone number, like 02 40 12 34 56 or +33 2 40 12 34 56.",
            ),
            value,
        )
    return value


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        number = int(char)
        if position % 2:
            number *= 2
            if number > 9:
                number -= 9
        total += number
    return total % 10 == 0


def check_siret(value: str) -> str:
    digits = re.sub(r"\s", "", value or "")
    valid = len(digits) == 14 and digits.isascii() and digits.isdigit()
    if valid:
        if digits.startswith(LA_POSTE_SIREN):
            valid = sum(int(c) for c in digits) % 5 == 0
        else:
            valid = luhn_ok(digits)
    if not valid:
        raise InvalidSiret(
            _("The SIRET number must have 14 digits and a valid check digit."),
            value,
        )
    return digits


class InvalidWebURL(FieldError):
    """Not an http(s) address."""

    def __init__(self, value=None):
        super().__init__(
            _("Enter a web address starting with http:// or https://."), value
        )


# What a browser drops from a URL before reading its scheme (WHATWG URL
# standard), and what else hides in front of one: spaces, control and format
# characters (zero-width space, BOM...).
_INVISIBLE = re.compile(
    r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\s]"
)
WEB_SCHEMES = ("http", "https")


def link_scheme(value: str) -> str:
    """The scheme a browser would follow, once HTML entities, whitespace,
    control characters and case are out of the way (``&#106;ava\\tscript:``
    is ``javascript``); ``""`` when there is none."""
    text = value
    # Entities may be nested (&amp;#106;): unescape until nothing changes.
    for _round in range(5):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    text = _INVISIBLE.sub("", text)
    scheme, colon, _rest = text.partition(":")
    if not colon or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*", scheme):
        return ""
    return scheme.lower()


def check_web_url(value: str, schemes: tuple = WEB_SCHEMES) -> str:
    """An http(s) address with a host: what a link on a public page may open
    (zope.schema's URI alone accepts ``javascript:``). The one rule of every
    stored link; ``schemes=("mailto",)`` and the like where an address is meant.

    The scheme is read as a browser would (``link_scheme``), and the text as
    stored must say the same: no entity, whitespace or control character may
    change what it means. ASCII only, as zope.schema's URI wants (an accented
    host is written in punycode)."""
    valid = isinstance(value, str) and value.isascii() and not _INVISIBLE.search(value)
    if valid:
        try:
            URI().validate(value)
        except ValidationError:
            valid = False
    if valid:
        scheme = link_scheme(value)
        try:
            parts = urlsplit(value)
            hostname = parts.hostname
        except ValueError:  # a bracketed host that is no IPv6 address
            valid = False
        else:
            valid = (
                scheme in schemes
                and parts.scheme.lower() == scheme
                and (scheme not in WEB_SCHEMES or bool(hostname))
                and (scheme != "mailto" or "@" in parts.path)
            )
    if not valid:
        raise InvalidWebURL(value)
    return value


def safe_url(value, schemes: tuple = WEB_SCHEMES) -> str | None:
    """``value`` when it passes ``check_web_url``, else None: what pages, feeds,
    exports and REST write as a link, so that a value stored before the rule
    (or by a path that skipped it) is never one."""
    try:
        return check_web_url(value, schemes)
    except FieldError:
        return None


class NullCharacter(FieldError):
    """A text holding a NUL character."""


def check_no_nul(value: str) -> str:
    """No stored text holds a NUL: it breaks exports, mails and the catalog."""
    if value and "\0" in value:
        raise NullCharacter(_("This field contains a null character."), value)
    return value
