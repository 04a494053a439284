"""Import, first step: decode the file, map its headers and check every row.

Reads what the export writes in either style (the formula guard's ``'``
removed), the actor form's labels as headers, French titles of coded values,
decimal commas, Windows-1252, ``,``. Every row is checked before anything is
written."""

from collections.abc import Callable
from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.actors import validation
from polepatrimoine.content.actors.importer.columns import COLUMNS
from polepatrimoine.content.actors.importer.columns import INFORMATIVE
from polepatrimoine.content.actors.importer.columns import fold
from polepatrimoine.content.actors.importer.columns import french_headers
from polepatrimoine.content.actors.importer.columns import header_lookup
from polepatrimoine.content.actors.importer.columns import in_french
from polepatrimoine.content.actors.importer.report import ImportRow
from polepatrimoine.content.actors.importer.report import RowError
from polepatrimoine.content.actors.importer.report import quoted
from polepatrimoine.content.common.csv_export import unguard
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS
from polepatrimoine.content.vocabularies import WELCOMES_YOUNG
from zope.schema import ValidationError

import csv
import io
import re


# Over the web (REST and the form); the console command reads larger files.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# No field of an actor holds more: a longer cell is a wrong column or a wrong file.
MAX_CELL = 5000


class UnreadableFile(ValueError):
    """A file that is not a CSV text the import can read."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; ``UnreadableFile`` otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    # A text file never holds a NUL byte: this is a binary file (or UTF-16).
    if b"\0" in data:
        raise UnreadableFile(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UnreadableFile(data) from None


def sniff_separator(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") >= header.count(",") else ","


def _lookup(items, folded_titles: bool = True) -> dict:
    table = {}
    for token, title in items:
        table[fold(token)] = token
        if folded_titles:
            table[fold(title)] = token
    return table


CATEGORY_LOOKUP = _lookup(ACTOR_CATEGORIES)
DOMAIN_LOOKUP = _lookup(HERITAGE_DOMAINS)
LABEL_LOOKUP = _lookup(LABELS)
YOUNG_LOOKUP = _lookup(WELCOMES_YOUNG)
DEPARTMENT_LOOKUP = {
    **_lookup(DEPARTMENTS),
    **{fold(f"{code} – {name}"): code for code, name in DEPARTMENTS},
    **{fold(f"{code} - {name}"): code for code, name in DEPARTMENTS},
}
BOOLEANS = {
    "oui": True,
    "non": False,
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "": False,
}


class UnknownValue(validation.FieldError):
    """A value not among a column's choices; its message quotes it."""


def _choice(lookup: dict, unknown: Callable) -> Callable[[str], str]:
    def parse(text: str) -> str:
        token = lookup.get(fold(text))
        if token is None:
            raise UnknownValue(unknown(quoted(text)))
        return token

    return parse


def _choices(lookup: dict, unknown: Callable) -> Callable[[str], list]:
    one = _choice(lookup, unknown)

    def parse(text: str) -> list:
        parts = [p.strip() for p in re.split(r"[|]", text) if p.strip()]
        return [one(p) for p in parts]

    return parse


# The Actor schema's own fields: the import accepts what the edit form accepts.
EMAIL = Email()


def _required(text: str) -> str:
    if not text:
        raise validation.FieldError(_("This field is required."))
    return text


def _optional(check):
    def parse(text: str):
        return check(text) if text else None

    return parse


def _email(text: str) -> str:
    try:
        EMAIL.validate(text)
    except ValidationError:
        raise validation.FieldError(_("Enter a valid e-mail address.")) from None
    return text


def _url(text: str) -> str:
    return check_web_url(text)


def _urls(text: str) -> list:
    return [_url(p.strip()) for p in text.split("|") if p.strip()]


def _float(check):
    def parse(text: str):
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise validation.FieldError(_("Enter a number, like 47.2184.")) from None
        return check(value)

    return parse


def _boolean(text: str) -> bool:
    value = BOOLEANS.get(fold(text))
    if value is None:
        raise validation.FieldError(_("Enter “oui” or “non”."))
    return value


def _year(text: str):
    if not text:
        return None
    if not text.isdigit():
        raise validation.FieldError(_("Enter a year, like 2021."))
    from polepatrimoine.content.actors.actor import check_member_since

    return check_member_since(int(text))


def _titles(items) -> str:
    return ", ".join(title for _token, title in items)


def _unknown_category(text):
    return _(
        "“${value}” is not a category of actor: ${choices}.",
        mapping={"value": text, "choices": _titles(ACTOR_CATEGORIES)},
    )


def _unknown_domain(text):
    return _(
        "“${value}” is not a heritage domain: ${choices}.",
        mapping={"value": text, "choices": _titles(HERITAGE_DOMAINS)},
    )


def _unknown_department(text):
    return _(
        "“${value}” is not a département of the Pays de la Loire.",
        mapping={"value": text},
    )


def _unknown_label(text):
    return _(
        "“${value}” is not a label of the directory: ${choices}.",
        mapping={"value": text, "choices": _titles(LABELS)},
    )


def _unknown_welcome(text):
    return _(
        "“${value}” is not a way of welcoming young people: ${choices}.",
        mapping={"value": text, "choices": _titles(WELCOMES_YOUNG)},
    )


PARSERS = {
    "UID": lambda text: text or None,
    "title": _required,
    "description": lambda text: text,
    "actor_category": _choice(CATEGORY_LOOKUP, _unknown_category),
    "heritage_domains": _choices(DOMAIN_LOOKUP, _unknown_domain),
    "department": _choice(DEPARTMENT_LOOKUP, _unknown_department),
    "street": lambda text: text or None,
    "zip_code": validation.check_zip_code,
    "city": _required,
    "latitude": _float(validation.check_latitude),
    "longitude": _float(validation.check_longitude),
    "email": _optional(_email),
    "phone": _optional(validation.check_phone),
    "website": _optional(_url),
    "social_links": _urls,
    "labels": _choices(LABEL_LOOKUP, _unknown_label),
    "is_member": _boolean,
    "member_since": _year,
    "siret": _optional(validation.check_siret),
    "welcomes_young": _choices(YOUNG_LOOKUP, _unknown_welcome),
}
REQUIRED_COLUMNS = ("title", "actor_category", "department", "zip_code", "city")


def map_headers(headers: list[str]) -> tuple[list, list]:
    """Each header's column name (None for an unknown one), and the errors."""
    lookup = header_lookup()
    mapped, errors = [], []
    for header in headers:
        name = header.strip()
        column = name if name in COLUMNS + INFORMATIVE else lookup.get(fold(name))
        mapped.append(column)
        if column is None:
            message = _("Unknown column “${column}”.", mapping={"column": name})
            errors.append(RowError(1, name, in_french(message), column=name))
    labels = french_headers()
    for required in REQUIRED_COLUMNS:
        if required not in mapped:
            message = _(
                "The column “${column}” is missing.",
                mapping={"column": f"{labels[required]} ({required})"},
            )
            errors.append(RowError(1, required, in_french(message)))
    return mapped, errors


def _check_row(row: ImportRow, cells: list, columns: list) -> None:
    for column, cell in zip(columns, cells, strict=False):
        if column is None or column in INFORMATIVE:
            continue
        row.cells[column] = cell.strip()
        if len(cell) > MAX_CELL:
            message = _(
                "This cell is too long (${max} characters at most).",
                mapping={"max": MAX_CELL},
            )
            # Quoting thousands of characters back would help no one.
            row.cells[column] = None
            row.errors.append(row.error(column, in_french(message)))
            continue
        try:
            row.values[column] = PARSERS[column](unguard(cell).strip())
        except validation.FieldError as error:
            problem = in_french(error.message)
            named = isinstance(error, UnknownValue)
            row.errors.append(row.error(column, problem, names_value=named))
    values = row.values
    if values.get("zip_code") and values.get("department"):
        try:
            validation.check_zip_department(values["zip_code"], values["department"])
        except validation.FieldError as error:
            problem = in_french(error.message)
            row.errors.append(row.error("zip_code", problem, names_value=True))
    latitude, longitude = values.get("latitude"), values.get("longitude")
    refused = {e.field for e in row.errors}
    # A position one of whose numbers is already refused needs no second error.
    if (latitude is None) != (longitude is None) and not refused & {
        "latitude",
        "longitude",
    }:
        missing = "longitude" if longitude is None else "latitude"
        problem = in_french(_("Give both latitude and longitude, or neither."))
        row.errors.append(row.error(missing, problem))


def parse_rows(text: str, separator: str | None = None) -> tuple[list, list]:
    separator = separator or sniff_separator(text)
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        headers = next(reader)
    except StopIteration:
        return [], [RowError(1, "", in_french(_("The file is empty.")))]
    columns, errors = map_headers(headers)
    # Errors name a column as the user's file heads it, else by its label.
    names = french_headers()
    names.update({c: h.strip() for c, h in zip(columns, headers, strict=False) if c})
    rows = []
    line = 1
    while True:
        line += 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # A cell beyond the csv module's own limit (128 kB), or an
            # unterminated quote: the rest of the file cannot be read.
            errors.append(
                RowError(line, "", in_french(_("This line cannot be read as CSV.")))
            )
            break
        if not any(cell.strip() for cell in cells):
            continue
        row = ImportRow(line=line, values={}, headers=names)
        _check_row(row, cells, columns)
        rows.append(row)
    return rows, errors
