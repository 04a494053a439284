"""The observatory's filters: a département and a range of years, checked."""

from dataclasses import dataclass
from datetime import date
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.content.vocabularies import DEPARTMENTS


FIRST_YEAR = 2000
# The network was founded in September 2018: its members' years start there.
NETWORK_YEAR = 2018


def this_year() -> int:
    return date.today().year


@dataclass(frozen=True)
class Filters:
    department: str = ""
    year_from: int | None = None
    year_to: int | None = None

    def years(self, first: int, last: int) -> range:
        """The years of a chart over time, inside the requested range."""
        start = max(first, self.year_from or first)
        stop = min(last, self.year_to or last)
        return range(start, stop + 1)

    def year_in_range(self, year) -> bool:
        if year is None:
            return self.year_from is None and self.year_to is None
        if self.year_from is not None and year < self.year_from:
            return False
        return self.year_to is None or year <= self.year_to

    def as_query(self) -> dict:
        """The filters as query parameters (CSV links keep them)."""
        query = {}
        if self.department:
            query["department"] = self.department
        if self.year_from is not None:
            query["year_from"] = str(self.year_from)
        if self.year_to is not None:
            query["year_to"] = str(self.year_to)
        return query


def _year(request, name: str) -> int | None:
    value = single_param(request, name)
    if value in (None, ""):
        return None
    text = str(value).strip()
    last = this_year() + 5
    if not (text.isascii() and text.isdigit()) or not FIRST_YEAR <= int(text) <= last:
        raise RequestError(
            _(
                "${name}: a year between ${first} and ${last} is expected, "
                "not « ${value} ».",
                mapping={
                    "name": name,
                    "first": FIRST_YEAR,
                    "last": last,
                    "value": text[:20],
                },
            ),
            field=name,
        )
    return int(text)


def from_request(request) -> Filters:
    """The filters of a request; a bad value raises a French ``RequestError``."""
    department = single_param(request, "department") or ""
    codes = [code for code, _name in DEPARTMENTS]
    if department not in ("", *codes):
        raise RequestError(
            _(
                "department: unknown département « ${value} » (expected one of: ${allowed}).",
                mapping={"value": str(department)[:20], "allowed": ", ".join(codes)},
            ),
            field="department",
        )
    year_from = _year(request, "year_from")
    year_to = _year(request, "year_to")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise RequestError(
            _("year_to: the last year comes before the first one."), field="year_to"
        )
    return Filters(department, year_from, year_to)
