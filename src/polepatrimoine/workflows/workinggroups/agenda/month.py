"""A month of a group's agenda as a calendar grid, in French and Europe/Paris."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from plone.base.i18nl10n import monthname_msgid
from plone.base.i18nl10n import weekdayname_msgid
from polepatrimoine.content.common.dates import french_time
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.agenda.meetings import PARIS
from polepatrimoine.workflows.workinggroups.agenda.meetings import as_dict
from polepatrimoine.workflows.workinggroups.agenda.meetings import group_meetings
from polepatrimoine.workflows.workinggroups.agenda.meetings import local
from zope.i18n import translate
from zope.i18nmessageid import MessageFactory

import calendar
import re


PLMF = MessageFactory("plonelocales")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class MonthError(ValueError):
    pass


def now() -> datetime:
    """The current time (tests move it)."""
    return datetime.now(PARIS)


def parse_month(value) -> date:
    """``YYYY-MM`` as the first day of that month; the current month when empty."""
    if value in (None, ""):
        today = now().date()
        return today.replace(day=1)
    match = MONTH.match(value) if isinstance(value, str) else None
    year, number = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    if not match or not 1 <= number <= 12 or not 1900 <= year <= 2200:
        raise MonthError(
            _(
                "'${value}' is not a month: write it as YYYY-MM, e.g. 2026-12.",
                mapping={"value": str(value)[:20]},
            )
        )
    return date(year, number, 1)


def shift(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_title(first: date, request=None) -> str:
    name = translate(
        PLMF(monthname_msgid(first.month)), target_language="fr", context=request
    )
    return f"{name.lower()} {first.year}"


def day_names(request=None) -> list:
    """Monday first, as in France; DateTime numbers Sunday 0."""
    return [
        translate(PLMF(weekdayname_msgid(n % 7)), target_language="fr").lower()
        for n in range(1, 8)
    ]


def _bounds(first: date):
    start = PARIS.localize(datetime(first.year, first.month, 1))
    following = shift(first, 1)
    end = PARIS.localize(datetime(following.year, following.month, 1))
    return start, end


def meetings(group, first: date) -> list:
    start, end = _bounds(first)
    return [as_dict(b) for b in group_meetings(group, start, end)]


def _days_of(item) -> list:
    """The days of the month grid a meeting covers (Paris time)."""
    start = local(datetime.fromisoformat(item["start"])).date()
    end = local(datetime.fromisoformat(item["end"]))
    last = end.date()
    if last > start and end.time() == datetime.min.time():
        # Ends at midnight: the day after is not one of its days.
        last -= timedelta(days=1)
    days, day = [], start
    while day <= max(start, last):
        days.append(day)
        day += timedelta(days=1)
    return days


def grid(group, first: date, request=None) -> dict:
    """The month: ``weeks`` of seven days (None outside the month), each day
    with its meetings; the previous and next months."""
    items = meetings(group, first)
    by_day = {}
    for item in items:
        item["time"] = french_time(datetime.fromisoformat(item["start"]))
        for day in _days_of(item):
            by_day.setdefault(day, []).append(item)
    today = now().date()
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(
        first.year, first.month
    ):
        weeks.append(
            [
                {
                    "date": day.isoformat(),
                    "number": day.day,
                    "meetings": by_day.get(day, []),
                    "today": day == today,
                }
                if day.month == first.month
                else None
                for day in week
            ]
        )
    return {
        "month": first.strftime("%Y-%m"),
        "title": month_title(first, request),
        "previous": shift(first, -1).strftime("%Y-%m"),
        "next": shift(first, 1).strftime("%Y-%m"),
        "days": day_names(request),
        "weeks": weeks,
        "meetings": items,
    }
