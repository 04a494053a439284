"""French dates and times of the suite's pages, mails and feeds, in Europe/Paris."""

from datetime import date
from datetime import datetime
from zoneinfo import ZoneInfo


PARIS = ZoneInfo("Europe/Paris")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def paris(value) -> datetime | None:
    if value is None:
        return None
    if hasattr(value, "asdatetime"):  # Zope's DateTime
        value = value.asdatetime()
    if value.tzinfo is None:
        value = value.replace(tzinfo=PARIS)
    return value.astimezone(PARIS)


def french_day(value) -> str:
    """« 4 décembre 2026 »."""
    if not isinstance(value, date) or isinstance(value, datetime):
        value = paris(value)
    if value is None:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def french_datetime(value) -> str:
    """« jeudi 4 décembre 2026 à 14 h 30 »."""
    value = paris(value)
    if value is None:
        return ""
    return f"{DAYS[value.weekday()]} {french_day(value)} à {value.hour} h {value.minute:02d}"


def french_date(value) -> str:
    """« 04/12/2026 », the day in Paris."""
    if not isinstance(value, date) or isinstance(value, datetime):
        value = paris(value)
    return value.strftime("%d/%m/%Y") if value is not None else ""


def french_time(value) -> str:
    """« 14:30 », the hour in Paris."""
    value = paris(value)
    return value.strftime("%H:%M") if value is not None else ""


def french_short(value) -> str:
    """« 04/12/2026 14:30 », the columns of the exports and the listings."""
    value = paris(value)
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else ""


def iso_paris(value, timespec: str = "seconds") -> str | None:
    """« 2026-12-04T14:30:00+01:00 »: the instant with the Paris offset of that day."""
    value = paris(value)
    return value.isoformat(timespec=timespec) if value is not None else None


def french_when(value, whole_day: bool = False) -> str:
    """« 04/12/2026 à 14:30 », or the day alone for a whole-day event."""
    if whole_day:
        return french_date(value)
    value = paris(value)
    return f"{french_date(value)} à {french_time(value)}" if value is not None else ""
