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
