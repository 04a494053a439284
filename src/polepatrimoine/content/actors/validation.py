"""Validation rules shared by the Actor schema, its forms, REST and the CSV import.

Each ``check_*`` function returns the cleaned value or raises ``FieldError``
whose message (French, through the catalog) names the problem. The SIRET and
phone rules are the suite's (``common.validators``), also the Application's.
"""

from polepatrimoine.content import _
from polepatrimoine.content.common.validators import FieldError
from polepatrimoine.content.common.validators import check_phone as check_phone
from polepatrimoine.content.common.validators import check_siret as check_siret
from polepatrimoine.content.common.validators import luhn_ok as luhn_ok
from polepatrimoine.content.vocabularies import DEPARTMENTS

import re


ZIP = re.compile(r"^\d{5}$")
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
