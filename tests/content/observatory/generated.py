"""Generated data for the observatory's tests, and its figures counted independently.

The expected counts come from the specifications the data was made from, in
plain Python: never from the catalog the observatory reads.
"""

from AccessControl.PermissionRole import rolesForPermissionOn
from collections import Counter
from datetime import date
from datetime import datetime
from datetime import timedelta
from plone import api
from polepatrimoine.content.meetings.indexers import recount
from polepatrimoine.content.meetings.registrations import get_registrations
from tests.content.meetings.helpers import TZ
from tests.fixtures.actors import make_actor
from tests.fixtures.calls import make_application
from tests.fixtures.calls import make_call
from tests.fixtures.calls import move_to
from types import SimpleNamespace
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import random


CATEGORIES = [
    "association",
    "organisation-professionnelle",
    "entreprise",
    "enseignement",
    "collectivite",
    "institution",
]
DEPARTMENTS = ["44", "49", "53", "72", "85"]
DOMAINS = ["bati", "mobilier", "industriel", "immateriel", "archeologique", "naturel"]
LABELS = ["petites-cites-de-caractere", "musee-de-france", "monument-historique"]
KINDS = [
    "projet-territoire",
    "experimentation",
    "valorisation",
    "chantier",
    "etude",
    "autre",
]
STATUSES = ["en-projet", "en-cours", "termine"]
APPLICATION_STATES = [
    "draft",
    "submitted",
    "accepted",
    "rejected",
    "withdrawn",
    "accepted",
]
ZIP = {"44": "44000", "49": "49000", "53": "53000", "72": "72000", "85": "85000"}


def shown(count):
    return "< 3" if 0 < count < 3 else count


def _public(obj) -> bool:
    return "Anonymous" in rolesForPermissionOn("View", obj)


def existing(portal) -> SimpleNamespace:
    """The specs of what the site held before (the layer's demo content), read
    from the objects themselves."""
    spec = SimpleNamespace(actors=[], projects=[], events=[], applications=[], calls=[])
    now = datetime.now(TZ)
    for obj in _objects("Actor"):
        spec.actors.append(
            {
                "actor_category": obj.actor_category,
                "department": obj.department,
                "heritage_domains": list(obj.heritage_domains or []),
                "labels": list(obj.labels or []),
                "is_member": bool(obj.is_member),
                "member_since": obj.member_since,
                "public": _public(obj),
            }
        )
    for obj in _objects("Project"):
        spec.projects.append(
            {
                "kind": obj.kind,
                "status": obj.status,
                "heritage_domains": list(obj.heritage_domains or []),
                "departments": list(obj.departments or []),
                "year": obj.start.year if obj.start else None,
                "public": _public(obj),
            }
        )
    for obj in _objects("Event"):
        if obj.end >= now:
            continue
        storage = get_registrations(obj)
        confirmed = storage.counts()["confirmed"] if storage else 0
        spec.events.append(
            {
                "year": obj.start.year,
                "registrations": confirmed,
                "public": _public(obj),
                "department": _event_department(obj),
            }
        )
    for obj in _objects("Application"):
        spec.applications.append(
            {
                "programme": obj.aq_parent.programme,
                "department": obj.department,
                "state": api.content.get_state(obj),
                "call": obj.aq_parent.getId(),
            }
        )
    for obj in _objects("Call"):
        spec.calls.append(
            {"programme": obj.programme, "public": _public(obj), "id": obj.getId()}
        )
    return spec


def _event_department(obj):
    """The organiser's département, else the one of a postal code in the place."""
    organiser = getattr(obj, "organiser", None)
    if organiser is not None and organiser.to_object is not None:
        return organiser.to_object.department
    for word in (obj.location or "").replace(",", " ").split():
        if len(word) == 5 and word.isdigit() and word[:2] in DEPARTMENTS:
            return word[:2]
    return None


def _objects(portal_type):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
        yield brain._unrestrictedGetObject()


def build(portal, seed=18):
    """Actors, projects, events, calls and applications added to what the site
    holds; returns the specs of them all."""
    rng = random.Random(seed)
    spec = existing(portal)
    intids = getUtility(IIntIds)
    carrier = None
    organisers = {}
    for number in range(45):
        department = rng.choice(DEPARTMENTS)
        is_member = rng.random() < 0.5
        actor = {
            "actor_category": rng.choice(CATEGORIES),
            "department": department,
            "heritage_domains": rng.sample(DOMAINS, rng.randint(1, 3)),
            "labels": rng.sample(LABELS, rng.randint(0, 2)),
            "is_member": is_member,
            "member_since": rng.randint(2018, 2025) if is_member else None,
            "public": number % 10 != 3,
        }
        spec.actors.append(actor)
        obj = make_actor(
            portal,
            title=f"Acteur observé {number}",
            state="published" if actor["public"] else "pending",
            department=department,
            zip_code=ZIP[department],
            **{k: v for k, v in actor.items() if k not in ("public", "department")},
        )
        if carrier is None and actor["public"]:
            carrier = obj
        organisers.setdefault(department, obj)
    with api.env.adopt_roles(["Manager"]):
        for number in range(14):
            project = {
                "kind": rng.choice(KINDS),
                "status": rng.choice(STATUSES),
                "heritage_domains": rng.sample(DOMAINS, rng.randint(1, 2)),
                "departments": rng.sample(DEPARTMENTS, rng.randint(1, 2)),
                "year": rng.randint(2019, 2025),
                "public": number % 5 != 2,
            }
            spec.projects.append(project)
            obj = api.content.create(
                container=portal["projets"],
                type="Project",
                title=f"Projet observé {number}",
                carrier=RelationValue(intids.getId(carrier)),
                kind=project["kind"],
                status=project["status"],
                heritage_domains=project["heritage_domains"],
                departments=project["departments"],
                start=date(project["year"], 3, 1),
            )
            if project["public"]:
                api.content.transition(obj=obj, to_state="published")
        now = datetime.now(TZ)
        for number in range(10):
            year = rng.choice([now.year - 2, now.year - 1])
            department = rng.choice(DEPARTMENTS)
            event = {
                "year": year,
                "registrations": rng.randint(0, 7),
                "public": number != 4,
                # A third placed by an organiser, a third by a postal code, a third nowhere.
                "department": department if number % 3 != 2 else None,
            }
            spec.events.append(event)
            start = TZ.localize(datetime(year, rng.randint(1, 11), 10, 9))
            extra = {"location": "Angers"}
            if number % 3 == 0:
                extra["organiser"] = RelationValue(intids.getId(organisers[department]))
            elif number % 3 == 1:
                extra["location"] = f"Salle des fêtes, {ZIP[department][:2]}100 Ville"
            obj = api.content.create(
                container=portal["agenda"],
                type="Event",
                id=f"rencontre-observee-{number}",
                title=f"Rencontre observée {number}",
                start=start,
                end=start + timedelta(hours=8),
                capacity=50,
                **extra,
            )
            if event["public"]:
                api.content.transition(obj=obj, to_state="published")
            storage = get_registrations(obj, create=True)
            for person in range(event["registrations"]):
                storage.add(f"P {person}", f"p{person}@example.org", "", None, 50)
            recount(obj)
        # An event still to come is not "held".
        upcoming = api.content.create(
            container=portal["agenda"],
            type="Event",
            id="rencontre-a-venir",
            title="Rencontre à venir",
            start=now + timedelta(days=30),
            end=now + timedelta(days=30, hours=2),
        )
        api.content.transition(obj=upcoming, to_state="published")
        folder = portal["accompagnement"]
        calls = {
            "trajet": make_call(folder, "appel-observe-trajet", "trajet", places=50),
            "culturdiag": make_call(
                folder, "appel-observe-culturdiag", "culturdiag", places=50
            ),
        }
    for number in range(16):
        application = {
            "programme": rng.choice(["trajet", "culturdiag"]),
            "department": rng.choice(DEPARTMENTS),
            "state": rng.choice(APPLICATION_STATES),
        }
        spec.applications.append(application)
        application["call"] = calls[application["programme"]].getId()
        obj = make_application(
            calls[application["programme"]],
            "applicant",
            f"candidature-observee-{number}",
            department=application["department"],
        )
        move_to(obj, application["state"])
    spec.calls.extend(
        [
            {"programme": "trajet", "public": True, "id": "appel-observe-trajet"},
            {
                "programme": "culturdiag",
                "public": True,
                "id": "appel-observe-culturdiag",
            },
        ]
    )
    return spec


def _counter(items, key):
    counts = Counter()
    for item in items:
        value = item[key]
        for token in value if isinstance(value, list) else [value]:
            counts[token] += 1
    return counts


def expected(spec, department=None, year_from=None, year_to=None, calls=None):
    """Every figure's raw counts, keyed by figure id then row key."""

    def in_years(year):
        return (year_from is None or year >= year_from) and (
            year_to is None or year <= year_to
        )

    actors = [
        a for a in spec.actors if a["public"] and department in (None, a["department"])
    ]
    members = Counter(a["member_since"] for a in actors if a["is_member"])
    this_year = date.today().year
    cumulative = {}
    for year in range(2018, this_year + 1):
        cumulative[str(year)] = sum(n for y, n in members.items() if y <= year)
    cumulative = {y: n for y, n in cumulative.items() if in_years(int(y))}
    projects = [
        p
        for p in spec.projects
        if p["public"]
        and (department is None or department in p["departments"])
        and (
            p["year"] is None
            and year_from is year_to is None
            or p["year"]
            and in_years(p["year"])
        )
    ]
    events = [
        e
        for e in spec.events
        if e["public"] and in_years(e["year"]) and department in (None, e["department"])
    ]
    held, registrations = Counter(), Counter()
    for event in events:
        held[str(event["year"])] += 1
        registrations[str(event["year"])] += event["registrations"]
    applications = [
        a
        for a in spec.applications
        if a["state"] not in ("draft", "withdrawn")
        and department in (None, a["department"])
        and in_years(this_year)
    ]
    return {
        "actors_by_category": _counter(actors, "actor_category"),
        "actors_by_department": _counter(actors, "department"),
        "actors_by_domain": _counter(actors, "heritage_domains"),
        "actors_by_label": _counter(actors, "labels"),
        "members_by_year": cumulative,
        "projects_by_kind": _counter(projects, "kind"),
        "projects_by_status": _counter(projects, "status"),
        "projects_by_domain": _counter(projects, "heritage_domains"),
        "events_by_year": held,
        "registrations_by_year": registrations,
        "applications_by_programme": _counter(applications, "programme"),
        "applications_by_department": _counter(applications, "department"),
        "accepted_by_programme": _counter(
            [a for a in applications if a["state"] == "accepted"], "programme"
        ),
    }
