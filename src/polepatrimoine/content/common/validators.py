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


def check_web_url(value: str) -> str:
    """An http(s) address with a host: what a link on a public page may open
    (zope.schema's URI alone accepts ``javascript:``)."""
    try:
        URI().validate(value)
    except ValidationError:
        valid = False
    else:
        parts = urlsplit(value)
        valid = parts.scheme in ("http", "https") and bool(parts.netloc)
    if not valid:
        raise FieldError(
            _("Enter a web address starting with http:// or https://."), value
        )
    return value


class NullCharacter(FieldError):
    """A text holding a NUL character."""


def check_no_nul(value: str) -> str:
    """No stored text holds a NUL: it breaks exports, mails and the catalog."""
    if value and "\0" in value:
        raise NullCharacter(_("This field contains a null character."), value)
    return value
