"""The subscribers as CSV: the coordinators' export, and their import with the consent's source.

An imported address becomes active only when the coordinator states where its
consent was given (a paper form, an earlier list…); without a source it is
pending and receives the confirmation link, as if it had used the form. A line
whose ``state`` column (an export's) says anything but ``active`` is skipped. An
address that left (unsubscribed) or bounces is never brought back by an
import: only its owner subscribes it again. The whole file is checked before
anything is written: one bad line and nothing changes.
"""

from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.common.csv_export import unguard
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.newsletter import mails
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.subscription import FIELD_LIMITS
from zope.schema import ValidationError

import csv
import io


HEADER = (
    "email",
    "name",
    "structure",
    "state",
    "source",
    "consent_date",
    "consent_source",
    "created",
    "confirmed",
    "unsubscribed",
)
# Column names a coordinator's spreadsheet may use instead, in French.
ALIASES = {
    "email": "email",
    "e-mail": "email",
    "courriel": "email",
    "adresse": "email",
    "name": "name",
    "nom": "name",
    "structure": "structure",
    "organisation": "structure",
    "state": "state",
    "état": "state",
}
MAX_BYTES = 2_000_000
MAX_ROWS = 20_000
SOURCE_LIMIT = 200


class CsvError(ValueError):
    """A file refused as a whole (not CSV, no e-mail column, too big)."""

    def __init__(self, message, field="file"):
        super().__init__(message)
        self.message = message
        self.field = field


def _date(value) -> str:
    return french_short(value) if value else ""


def export(items) -> bytes:
    return write_csv(
        HEADER,
        (
            (
                s.email,
                s.name,
                s.structure,
                s.state,
                s.source,
                (s.consent or {}).get("date", ""),
                (s.consent or {}).get("source", ""),
                _date(s.created),
                _date(s.confirmed),
                _date(s.unsubscribed),
            )
            for s in items
        ),
    )


def _text(data) -> str:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise CsvError(_("The file is too big (2 MB at most)."))
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                data = data.decode("cp1252")
            except UnicodeDecodeError:
                raise CsvError(_("The file is not a CSV text file.")) from None
    data = data.lstrip("\ufeff")
    if "\0" in data:
        raise CsvError(_("The file is not a CSV text file."))
    return data


def parse(data) -> tuple[list[dict], list[dict]]:
    """The rows of the file as ``{"line", "email", "name", "structure"}``, and the errors."""
    text = _text(data)
    first = text.split("\n", 1)[0]
    separator = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        header = next(reader)
    except StopIteration:
        raise CsvError(_("The file is empty.")) from None
    columns = [ALIASES.get(name.strip().lower()) for name in header]
    if "email" not in columns:
        raise CsvError(_("The file has no column « email »."))
    rows, errors = [], []
    for number, cells in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            raise CsvError(_("The file has too many lines (20,000 at most)."))
        if not any(cell.strip() for cell in cells):
            continue
        row = {"line": number, "email": "", "name": "", "structure": "", "state": ""}
        for column, cell in zip(columns, cells, strict=False):
            if column:
                row[column] = " ".join(unguard(cell.strip()).split())
        row["email"] = subscribers.normalise(row["email"])
        for field, limit in FIELD_LIMITS.items():
            if len(row[field]) > limit:
                errors.append(
                    {
                        "line": number,
                        "field": field,
                        "message": _(
                            "This field is too long (${limit} characters at most).",
                            mapping={"limit": limit},
                        ),
                    }
                )
        try:
            Email().validate(row["email"])
        except ValidationError:
            errors.append(
                {
                    "line": number,
                    "field": "email",
                    "message": _("This e-mail address is not valid."),
                }
            )
        rows.append(row)
    return rows, errors


def import_rows(rows: list[dict], source: str) -> dict:
    """Write checked rows; counts of what happened."""
    store = subscribers.store(create=True)
    when = subscribers.now()
    counts = {"created": 0, "activated": 0, "pending": 0, "unchanged": 0, "skipped": 0}
    record = {
        "date": when.isoformat(timespec="seconds"),
        "source": source,
        "text": source,
    }
    seen = set()
    for row in rows:
        email = row["email"]
        if email in seen:
            continue
        seen.add(email)
        if row.get("state") and row["state"] != subscribers.ACTIVE:
            # A line of an export keeps its state: what was not active does
            # not become so by being imported back.
            counts["skipped"] += 1
            continue
        subscriber = store.get(email)
        if subscriber is not None and subscriber.expired(when):
            store.remove(email)
            subscriber = None
        if subscriber is None:
            subscriber = store.add(subscribers.Subscriber(email, created=when))
            counts["created"] += 1
        elif subscriber.state in (subscribers.UNSUBSCRIBED, subscribers.BOUNCING):
            counts["unchanged"] += 1
            continue
        elif subscriber.state == subscribers.ACTIVE or not source:
            # An active address keeps its own consent; a pending one its link.
            subscriber.name = subscriber.name or row["name"]
            subscriber.structure = subscriber.structure or row["structure"]
            counts["unchanged"] += 1
            continue
        subscriber.name = row["name"] or subscriber.name
        subscriber.structure = row["structure"] or subscriber.structure
        subscriber.source = "import"
        if source:
            subscriber.consent = dict(record)
            subscribers.set_state(subscriber, subscribers.ACTIVE, when)
            counts["activated"] += 1
        else:
            subscriber.consent = {"date": record["date"], "source": "", "text": ""}
            store.start_confirmation(subscriber, when)
            subscriber.mailed = when
            mails.send_confirmation(subscriber)
            counts["pending"] += 1
    return counts
