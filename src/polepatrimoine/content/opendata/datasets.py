"""The site's datasets: what each holds, its files, its dates (from the catalog)."""

from dataclasses import dataclass
from dataclasses import field
from DateTime import DateTime
from datetime import UTC
from datetime import date
from datetime import datetime
from plone import api
from polepatrimoine.content.observatory.catalog import Records
from polepatrimoine.content.observatory.catalog import public_query
from polepatrimoine.content.observatory.filters import NETWORK_YEAR
from zoneinfo import ZoneInfo
from zope.component import queryMultiAdapter


CSV = ("CSV", "text/csv")
GEOJSON = ("GeoJSON", "application/geo+json")
ICAL = ("iCalendar", "text/calendar")
JSON = ("JSON", "application/json")
PARIS = ZoneInfo("Europe/Paris")


@dataclass
class Distribution:
    title: str
    format: str
    media_type: str
    url: str


@dataclass
class Dataset:
    id: str
    title: str
    description: str
    page: str
    portal_type: str | None
    distributions: list = field(default_factory=list)
    modified: object = None
    # The period the data covers (None when it describes the present).
    first: object = None
    last: object = None


def _modified(portal_type: str):
    """The latest modification among the public items of a type."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        public_query(portal_type=portal_type),
        sort_on="modified",
        sort_order="descending",
        sort_limit=1,
    )[:1]
    return _aware(brains[0].modified) if brains else None


def _aware(value):
    """Metadata dates as timezone-aware datetimes (DateTime or datetime)."""
    if isinstance(value, DateTime):
        return value.asdatetime()
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value if isinstance(value, datetime) else None


def _service_exists(context, request, name: str) -> bool:
    return (
        queryMultiAdapter((context, request), name=f"GET_application_json_{name}")
        is not None
    )


def datasets(request) -> list:
    portal = api.portal.get()
    api_url = f"{portal.absolute_url()}/++api++"
    found = []

    directory = portal.get("acteurs")
    if directory is not None:
        found.append(
            Dataset(
                "acteurs",
                "Annuaire des acteurs du patrimoine des Pays de la Loire",
                "Les acteurs du patrimoine culturel de la région publiés dans "
                "l'annuaire du réseau : catégorie, domaines, département, "
                "adresse, position, contacts publics, labels et adhésion.",
                directory.absolute_url(),
                "Actor",
                [
                    Distribution(
                        "Acteurs (CSV)", *CSV, f"{api_url}/acteurs/@actors-export"
                    ),
                    Distribution(
                        "Acteurs (GeoJSON)",
                        *GEOJSON,
                        f"{api_url}/acteurs/@actors-geojson",
                    ),
                ],
            )
        )

    projects = portal.get("projets")
    if projects is not None:
        distributions = [
            Distribution("Projets (CSV)", *CSV, f"{api_url}/@projects-export")
        ]
        if _service_exists(projects, request, "@projects-geojson"):
            distributions.append(
                Distribution(
                    "Projets (GeoJSON)",
                    *GEOJSON,
                    f"{api_url}/projets/@projects-geojson",
                )
            )
        found.append(
            Dataset(
                "projets",
                "Projets et initiatives des territoires",
                "Les projets patrimoniaux des territoires et les expérimentations "
                "des acteurs : nature, statut, porteur, départements, période, "
                "domaines et position.",
                projects.absolute_url(),
                "Project",
                distributions,
            )
        )

    agenda = portal.get("agenda")
    if agenda is not None:
        found.append(
            Dataset(
                "agenda",
                "Agenda des rencontres du réseau",
                "Les journées ConneXionS, ateliers, visites et webinaires du "
                "réseau : dates, lieu, lien de visioconférence.",
                agenda.absolute_url(),
                "Event",
                [
                    Distribution(
                        "Agenda (iCalendar)",
                        *ICAL,
                        f"{agenda.absolute_url()}/@@agenda.ics",
                    )
                ],
            )
        )

    # Offers exist once issue 17's type is installed; the dataset lists the open ones.
    types = api.portal.get_tool("portal_types")
    offers = portal.unrestrictedTraverse("jeunes-pros/offres", None)
    if "Opportunity" in types.objectIds() and offers is not None:
        distributions = []
        if _service_exists(offers, request, "@opportunities-geojson"):
            distributions.append(
                Distribution(
                    "Offres ouvertes (GeoJSON)",
                    *GEOJSON,
                    f"{api_url}/jeunes-pros/offres/@opportunities-geojson",
                )
            )
        if distributions:
            found.append(
                Dataset(
                    "offres",
                    "Offres ouvertes des acteurs du patrimoine",
                    "Les offres d'emploi, de stage, d'alternance et de mission "
                    "ouvertes, publiées par les acteurs du patrimoine de la région.",
                    offers.absolute_url(),
                    "Opportunity",
                    distributions,
                )
            )

    observatory = portal.get("observatoire")
    if observatory is not None:
        found.append(
            Dataset(
                "observatoire",
                "Chiffres de l'observatoire de la filière patrimoine",
                "Les agrégats de l'observatoire : acteurs par catégorie, "
                "département, domaine et label, adhérents par année, projets, "
                "rencontres et inscriptions, accompagnement. Tout effectif de 1 "
                "ou 2 est publié comme « < 3 ».",
                observatory.absolute_url(),
                None,
                [
                    Distribution(
                        "Chiffres de l'observatoire (CSV)",
                        *CSV,
                        f"{observatory.absolute_url()}/@@observatory.csv",
                    ),
                    Distribution(
                        "Chiffres de l'observatoire (JSON)",
                        *JSON,
                        f"{api_url}/@observatory",
                    ),
                ],
            )
        )

    for dataset in found:
        types_ = (
            (dataset.portal_type,)
            if dataset.portal_type
            else ("Actor", "Project", "Event")
        )
        modified = [d for d in (_modified(t) for t in types_) if d is not None]
        dataset.modified = max(modified) if modified else None
        dataset.first, dataset.last = PERIODS.get(dataset.id, _no_period)()
    return found


def _day(value) -> date | None:
    """A metadata date (DateTime, datetime or date) as the day it falls on in Paris."""
    if isinstance(value, DateTime):
        value = value.asdatetime()
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(PARIS)
        return value.date()
    return value if isinstance(value, date) else None


def _span(portal_type: str) -> tuple:
    """The first start and the last end (or start) of the public items of a type."""
    records = Records()
    rids = records.rids(public_query(portal_type=portal_type))
    starts, ends = [], []
    for start, end in records.values(rids, "start", "end"):
        start, end = _day(start), _day(end)
        if start is not None:
            starts.append(start)
        ends.extend(d for d in (end, start) if d is not None)
    return (min(starts, default=None), max(ends, default=None))


def _no_period() -> tuple:
    # The directory and the open offers describe the present, not a period.
    return (None, None)


def _observatory_period() -> tuple:
    """From 1 January of the first year a figure shows to today."""
    today = datetime.now(PARIS).date()
    firsts = [date(NETWORK_YEAR, 1, 1)]
    for portal_type in ("Project", "Event"):
        first = _span(portal_type)[0]
        if first is not None:
            firsts.append(date(first.year, 1, 1))
    return (min(firsts), today)


# What each dataset's data covers (DCAT's dct:temporal): the projects' periods,
# the events' dates, the observatory's years.
PERIODS = {
    "projets": lambda: _span("Project"),
    "agenda": lambda: _span("Event"),
    "observatoire": _observatory_period,
}
