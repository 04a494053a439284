"""Benchmark of the observatory at 10,000 actors and 2,000 projects, over HTTP.

    make bench-observatory                          # 10,000 actors, 2,000 projects
    make bench-observatory ACTORS=2000 PROJECTS=500 # other sizes

A fresh instance (no demo content): the actors imported with
polepatrimoine-import-actors, then projects and held events (with
registrations) created in one console run; then, on a running server, the
dashboard page, @observatory and the CSV against the directory page, each asked
anonymously with a query string of its own so that no cache answers for it.
Target: the dashboard under 0.5 s.
"""

from pathlib import Path

import os
import random
import sys


sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_actors import CATEGORIES  # noqa: E402
from bench_actors import DOMAINS  # noqa: E402
from bench_actors import PLACES  # noqa: E402
from benchsite import BenchSite  # noqa: E402
from benchsite import cold  # noqa: E402


TARGET = 0.5
LABELS = ("petites-cites-de-caractere", "musee-de-france", "monument-historique")
CONTENT = """
import random
import transaction
from datetime import date, datetime, timedelta
from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from polepatrimoine.content.meetings.indexers import recount
from polepatrimoine.content.meetings.registrations import get_registrations
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.component.hooks import setSite
from zope.intid.interfaces import IIntIds
import pytz

site = app["Plone"]
setSite(site)
users = app.acl_users
newSecurityManager(None, users.getUser("admin").__of__(users))
rng = random.Random(18)
intids = getUtility(IIntIds)
carriers = [b.getObject() for b in site.portal_catalog(portal_type="Actor", sort_limit=50)[:50]]
kinds = ["projet-territoire", "experimentation", "valorisation", "chantier", "etude", "autre"]
statuses = ["en-projet", "en-cours", "termine"]
domains = ["bati", "industriel", "immateriel", "musees", "savoir-faire", "maritime"]
departments = ["44", "49", "53", "72", "85"]
start = datetime.now()
for number in range(PROJECTS):
    project = api.content.create(
        container=site["projets"], type="Project", title=f"Projet {number}",
        carrier=RelationValue(intids.getId(rng.choice(carriers))),
        kind=rng.choice(kinds), status=rng.choice(statuses),
        heritage_domains=rng.sample(domains, 2),
        departments=rng.sample(departments, rng.randint(1, 2)),
        start=date(rng.randint(2018, 2026), 1, 1),
    )
    api.content.transition(obj=project, to_state="published")
    if number % 500 == 499:
        transaction.commit()
tz = pytz.timezone("Europe/Paris")
for number in range(EVENTS):
    when = tz.localize(datetime(rng.randint(2019, 2025), rng.randint(1, 12), 10, 9))
    event = api.content.create(
        container=site["agenda"], type="Event", id=f"rencontre-{number}",
        title=f"Rencontre {number}", start=when, end=when + timedelta(hours=6),
        capacity=40,
    )
    api.content.transition(obj=event, to_state="published")
    storage = get_registrations(event, create=True)
    for person in range(rng.randint(0, 30)):
        storage.add(f"P {person}", f"p{person}@example.org", "", None, 40)
    recount(event)
transaction.commit()
print("CONTENT", (datetime.now() - start).total_seconds())
"""


def csv_rows(count: int) -> bytes:
    rng = random.Random(count)
    lines = [
        "title;actor_category;heritage_domains;department;zip_code;city;latitude;"
        "longitude;labels;is_member;member_since"
    ]
    for number in range(count):
        department, zip_code, city, lat, lon = rng.choice(PLACES)
        member = number % 3 == 0
        lines.append(
            f"Acteur {number};{rng.choice(CATEGORIES)};{' | '.join(rng.sample(DOMAINS, 2))};"
            f"{department};{zip_code};{city};{lat:.5f};{lon:.5f};"
            f"{' | '.join(rng.sample(LABELS, rng.randint(0, 1)))};"
            f"{'oui' if member else 'non'};{rng.randint(2018, 2025) if member else ''}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def bench(actors: int, projects: int, events: int) -> dict:
    site = BenchSite("observatory")
    csv_path = site.var / "actors.csv"
    csv_path.write_bytes(csv_rows(actors))
    site.command("polepatrimoine-import-actors", csv_path)
    site.script(
        "content.py",
        CONTENT.replace("PROJECTS", str(projects)).replace("EVENTS", str(events)),
    )
    html = {"Accept": "text/html"}
    results = {}
    with site.serve() as base:
        # The first rendering of each page writes its portlet assignments.
        cold(f"{base}/observatoire", html, repeat=1)
        cold(f"{base}/acteurs", html, repeat=1)
        results["dashboard"], status, _ = cold(f"{base}/observatoire", html, repeat=5)
        assert status == 200, status
        results["dashboard_filtered"], _, _ = cold(
            f"{base}/observatoire?department=44&year_from=2020&year_to=2024",
            html,
            repeat=5,
        )
        results["json"], _, _ = cold(
            f"{base}/@observatory", {"Accept": "application/json"}, repeat=5
        )
        results["csv"], _, _ = cold(
            f"{base}/observatoire/@@observatory.csv", {}, repeat=5
        )
        results["directory"], _, _ = cold(f"{base}/acteurs", html, repeat=5)
    return results


def main() -> None:
    actors = int(os.environ.get("ACTORS") or 10000)
    projects = int(os.environ.get("PROJECTS") or 2000)
    events = int(os.environ.get("EVENTS") or 300)
    r = bench(actors, projects, events)
    print(f"\n{actors} actors, {projects} projects, {events} held events (median of 5)")
    for name, label in (
        ("dashboard", "dashboard page (observatoire)"),
        ("dashboard_filtered", "dashboard, 44, 2020-2024"),
        ("json", "@observatory"),
        ("csv", "@@observatory.csv"),
        ("directory", "directory page (acteurs)"),
    ):
        print(f"  {label:32} {r[name]:.3f} s")
    ratio = r["dashboard"] / r["directory"]
    verdict = "✔" if r["dashboard"] < TARGET else "✘"
    print(f"  dashboard / directory page        {ratio:.2f}×")
    print(f"  dashboard under {TARGET} s            {verdict}")


if __name__ == "__main__":
    main()
