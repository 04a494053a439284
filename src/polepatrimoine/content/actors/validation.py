"""Validation rules shared by the Actor schema, its forms, REST and the CSV import.

Each ``check_*`` function returns the cleaned value or raises ``FieldError``
whose message (French, through the catalog) names the problem.
"""

from polepatrimoine.content import _
from polepatrimoine.content.vocabularies import DEPARTMENTS
from zope.i18n import translate
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


ZIP = re.compile(r"^\d{5}$")
PHONE_SEPARATORS = re.compile(r"[\s.\-]")
PHONE = re.compile(r"^(?:0|\+33|0033)[1-9]\d{8}$")
DEPARTMENT_CODES = {code for code, _name in DEPARTMENTS}


def check_zip_code(value: str) -> str:
    value = (value or "").strip()
    if not ZIP.match(value):
        raise FieldError(
            _(
                "The postal code must have 5 digits, like 44000.",
            ),
            value,
        )
    return value


def check_zip_department(zip_code: str, department: str) -> None:
    """The two first digits of the postal code are the département's."""
    if zip_code and department and not zip_code.startswith(department):
        raise FieldError(
            _(
                "The postal code ${zip_code} is not in the département ${department}.",
                mapping={"zip_code": zip_code, "department": department},
            ),
            zip_code,
        )


def check_phone(value: str) -> str:
    value = (value or "").strip()
    if not PHONE.match(PHONE_SEPARATORS.sub("", value)):
        raise FieldError(
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
    valid = len(digits) == 14 and digits.isdigit()
    if valid:
        # La Poste's establishments follow their own rule.
        if digits.startswith("356000000"):
            valid = sum(int(c) for c in digits) % 5 == 0
        else:
            valid = luhn_ok(digits)
    if not valid:
        raise FieldError(
            _("The SIRET number must have 14 digits and a valid check digit."),
            value,
        )
    return digits


def check_latitude(value: float) -> float:
    if value is None or not -90 <= value <= 90:
        raise FieldError(_("The latitude must be between -90 and 90."), value)
    return value


def check_longitude(value: float) -> float:
    if value is None or not -180 <= value <= 180:
        raise FieldError(_("The longitude must be between -180 and 180."), value)
    return value


def check_department(value: str) -> str:
    if value not in DEPARTMENT_CODES:
        raise FieldError(
            _("The département must be one of 44, 49, 53, 72 or 85."), value
        )
    return value
