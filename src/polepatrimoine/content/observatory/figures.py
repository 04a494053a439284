"""The observatory's figures: raw counts from the catalog's indexes and metadata.

Actors, projects, events and calls count when an anonymous visitor may see
them, whoever asks; applications, never public, count as aggregates of the
submitted ones (drafts and withdrawn ones left out). No object is woken.
"""

from BTrees.IIBTree import IITreeSet
from dataclasses import dataclass
from dataclasses import field
from DateTime import DateTime
from polepatrimoine.content import _
from polepatrimoine.content.calls.vocabularies import PROGRAMMES
from polepatrimoine.content.observatory.catalog import Records
from polepatrimoine.content.observatory.catalog import public_query
from polepatrimoine.content.observatory.catalog import year_of
from polepatrimoine.content.observatory.filters import NETWORK_YEAR
from polepatrimoine.content.observatory.filters import Filters
from polepatrimoine.content.observatory.filters import this_year
from polepatrimoine.content.observatory.suppression import TOTAL
from polepatrimoine.content.observatory.suppression import Cube
from polepatrimoine.content.projects.vocabularies import PROJECT_KINDS
from polepatrimoine.content.projects.vocabularies import PROJECT_STATUSES
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS


DEPARTMENT_TITLES = tuple((code, f"{code} – {name}") for code, name in DEPARTMENTS)
# Applications that were submitted, whatever became of them since.
SUBMITTED_STATES = (
    "submitted",
    "under_review",
    "info_requested",
    "waitlisted",
    "accepted",
    "rejected",
)


@dataclass
class Figure:
    """One chart: rows of (key, French label, count).

    ``partition``: each item counts in one row at most, so that a total of
    the rows is a number of items; ``shares`` (numerator, denominator) per key
    for a rate, None when it would reveal a hidden count.
    """

    id: str
    section: str
    title: object
    unit: object
    rows: list
    partition: bool = True
    over_time: bool = False
    note: object = None
    shares: dict = field(default_factory=dict)
    # Non-public items: these keys are hidden (suppression.py) and no total is given.
    withheld: set | None = None


def _rows(terms, counts) -> list:
    return [(token, title, counts.get(token, 0)) for token, title in terms]


def _year_rows(years, counts) -> list:
    return [(str(year), str(year), counts.get(year, 0)) for year in years]


def actor_figures(records: Records, filters: Filters) -> list:
    query = public_query(portal_type="Actor")
    if filters.department:
        query["department"] = filters.department
    rids = records.rids(query)
    figures = [
        Figure(
            "actors_by_category",
            "actors",
            _("Actors by category"),
            _("actors"),
            _rows(
                ACTOR_CATEGORIES,
                records.tally(rids, "actor_category", dict(ACTOR_CATEGORIES)),
            ),
        ),
        Figure(
            "actors_by_department",
            "actors",
            _("Actors by département"),
            _("actors"),
            _rows(
                DEPARTMENT_TITLES, records.tally(rids, "department", dict(DEPARTMENTS))
            ),
        ),
        Figure(
            "actors_by_domain",
            "actors",
            _("Actors by heritage domain"),
            _("actors"),
            _rows(
                HERITAGE_DOMAINS,
                records.tally(rids, "heritage_domains", dict(HERITAGE_DOMAINS)),
            ),
            partition=False,
            note=_("An actor may work in several domains."),
        ),
        Figure(
            "actors_by_label",
            "actors",
            _("Actors by label"),
            _("actors"),
            _rows(LABELS, records.tally(rids, "labels", dict(LABELS))),
            partition=False,
            note=_("An actor may hold several labels."),
        ),
    ]
    members = records.rids({**query, "is_member": True})
    years = filters.years(NETWORK_YEAR, this_year())
    joined = records.tally(
        members, "member_since", range(NETWORK_YEAR, this_year() + 1)
    )
    cumulative, running = {}, 0
    for year in range(NETWORK_YEAR, this_year() + 1):
        running += joined.get(year, 0)
        cumulative[year] = running
    figures.append(
        Figure(
            "members_by_year",
            "actors",
            _("Members of the network over the years"),
            _("members"),
            _year_rows(years, cumulative),
            partition=False,
            over_time=True,
            note=_("Members at the end of each year, by the year they joined."),
        )
    )
    return figures


def _year_range(filters: Filters, index: str) -> dict:
    if filters.year_from is None and filters.year_to is None:
        return {}
    low, high = filters.year_from, filters.year_to
    if low is not None and high is not None:
        return {index: {"query": [low, high], "range": "min:max"}}
    if low is not None:
        return {index: {"query": low, "range": "min"}}
    return {index: {"query": high, "range": "max"}}


def project_figures(records: Records, filters: Filters) -> list:
    query = public_query(portal_type="Project", **_year_range(filters, "project_year"))
    if filters.department:
        query["departments"] = filters.department
    rids = records.rids(query)
    return [
        Figure(
            "projects_by_kind",
            "projects",
            _("Projects by kind"),
            _("projects"),
            _rows(
                PROJECT_KINDS, records.tally(rids, "project_kind", dict(PROJECT_KINDS))
            ),
        ),
        Figure(
            "projects_by_status",
            "projects",
            _("Projects by status"),
            _("projects"),
            _rows(
                PROJECT_STATUSES,
                records.tally(rids, "project_status", dict(PROJECT_STATUSES)),
            ),
        ),
        Figure(
            "projects_by_domain",
            "projects",
            _("Projects by heritage domain"),
            _("projects"),
            _rows(
                HERITAGE_DOMAINS,
                records.tally(rids, "heritage_domains", dict(HERITAGE_DOMAINS)),
            ),
            partition=False,
            note=_("A project may concern several domains."),
        ),
    ]


def event_figures(records: Records, filters: Filters) -> list:
    now = DateTime()
    query = public_query(portal_type="Event", end={"query": now, "range": "max"})
    if filters.department:
        query["event_department"] = filters.department
    held, registrations = {}, {}
    for start, count in records.values(
        records.rids(query), "start", "registrations_count"
    ):
        year = year_of(start)
        if year is None or not filters.year_in_range(year):
            continue
        held[year] = held.get(year, 0) + 1
        registrations[year] = registrations.get(year, 0) + (count or 0)
    first = min(held, default=this_year())
    years = filters.years(first, this_year())
    note = _(
        "An event's département is its organiser's, or that of its place's "
        "postal code; events with neither count only for the whole region."
    )
    return [
        Figure(
            "events_by_year",
            "events",
            _("Events held per year"),
            _("events"),
            _year_rows(years, held),
            over_time=True,
            note=note,
        ),
        Figure(
            "registrations_by_year",
            "events",
            _("Registrations to the events held, per year"),
            _("registrations"),
            _year_rows(years, registrations),
            over_time=True,
            note=note,
        ),
    ]


def _programmes_of_calls(records: Records) -> dict:
    """Each call's path → its programme (every call: applications say who counts)."""
    rids = records.rids({"portal_type": "Call"})
    return dict(
        zip(
            records.paths(rids),
            (value for (value,) in records.values(rids, "call_programme")),
            strict=True,
        )
    )


def _application_cubes(records: Records) -> tuple:
    """The submitted and the accepted applications by département, programme, year."""
    programmes = _programmes_of_calls(records)
    rows, columns = [code for code, _name in DEPARTMENTS], [t for t, _ in PROGRAMMES]
    submitted, accepted = Cube(rows, columns), Cube(rows, columns)
    rids = records.rids(
        {"portal_type": "Application", "review_state": SUBMITTED_STATES}
    )
    paths = records.paths(rids)
    values = records.values(
        rids, "application_department", "review_state", "submitted_on"
    )
    for path, (department, state, date) in zip(paths, values, strict=True):
        call = path.rpartition("/")[0]
        programme = programmes.get(call)
        submitted.add(department, programme, year_of(date), call)
        if state == "accepted":
            accepted.add(department, programme, year_of(date))
    return submitted, accepted


def _protected_rows(cube: Cube, filters: Filters, terms, by_department: bool):
    """The rows of an application figure and the keys hidden by suppression."""
    years = [year for year in cube.counts if filters.year_in_range(year)]
    rows, hidden = [], set()
    for token, title in terms:
        if by_department:
            if filters.department and token != filters.department:
                rows.append((token, title, 0))
                continue
            count, masked = cube.cell(years, token, TOTAL)
        else:
            count, masked = cube.cell(years, filters.department or TOTAL, token)
        rows.append((token, title, count))
        if masked:
            hidden.add(token)
    return rows, hidden


def accompaniment_figures(records: Records, filters: Filters) -> list:
    calls_query = public_query(portal_type="Call", **_created_range(filters))
    call_rids = records.rids(calls_query)
    submitted, accepted = _application_cubes(records)
    if filters.department:
        # A call belongs to the départements its applications come from.
        reached = submitted.calls_of(filters.department)
        call_rids = [
            rid
            for rid, path in zip(call_rids, records.paths(call_rids), strict=True)
            if path in reached
        ]
    calls = records.tally(IITreeSet(call_rids), "call_programme", dict(PROGRAMMES))
    by_programme, hidden = _protected_rows(submitted, filters, PROGRAMMES, False)
    by_department, hidden_departments = _protected_rows(
        submitted, filters, DEPARTMENT_TITLES, True
    )
    accepted_rows, hidden_accepted = _protected_rows(
        accepted, filters, PROGRAMMES, False
    )
    counts = {token: count for token, _title, count in by_programme}
    shares = {}
    for token, _title, count in accepted_rows:
        # A share would give the hidden count back from the other one.
        if token in hidden or token in hidden_accepted:
            shares[token] = None
        else:
            shares[token] = (count, counts[token])
    note = _(
        "Applications are not public: a count is withheld (n.c.) when it would "
        "let a count under 3 be worked out; no total is given."
    )
    return [
        Figure(
            "calls_by_programme",
            "accompaniment",
            _("Calls for applications by programme"),
            _("calls"),
            _rows(PROGRAMMES, calls),
            note=_(
                "For a département: the calls that received an application from it."
            ),
        ),
        Figure(
            "applications_by_programme",
            "accompaniment",
            _("Applications submitted by programme"),
            _("applications"),
            by_programme,
            note=note,
            withheld=hidden,
        ),
        Figure(
            "applications_by_department",
            "accompaniment",
            _("Applications submitted by département"),
            _("applications"),
            by_department,
            note=note,
            withheld=hidden_departments,
        ),
        Figure(
            "accepted_by_programme",
            "accompaniment",
            _("Applications accepted by programme"),
            _("applications accepted"),
            accepted_rows,
            shares=shares,
            note=note,
            withheld=hidden_accepted,
        ),
    ]


def _created_range(filters: Filters) -> dict:
    if filters.year_from is None and filters.year_to is None:
        return {}
    low = DateTime(f"{filters.year_from or 1900}/01/01 00:00:00 Europe/Paris")
    high = (
        DateTime(f"{(filters.year_to or 2999) + 1}/01/01 00:00:00 Europe/Paris")
        - 1 / 86400
    )
    return {"created": {"query": [low, high], "range": "min:max"}}


SECTIONS = (
    ("actors", _("Actors of the sector"), actor_figures),
    ("projects", _("Projects of the territories"), project_figures),
    ("events", _("Events of the network"), event_figures),
    ("accompaniment", _("Accompaniment"), accompaniment_figures),
)


def compute(filters: Filters) -> list:
    records = Records()
    figures = []
    for _id, _title, make in SECTIONS:
        figures.extend(make(records, filters))
    return figures
