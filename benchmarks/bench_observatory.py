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
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_actors import BIN  # noqa: E402
from bench_actors import CATEGORIES  # noqa: E402
from bench_actors import DOMAINS  # noqa: E402
from bench_actors import PLACES  # noqa: E402
from bench_actors import ROOT  # noqa: E402
from bench_actors import free_port  # noqa: E402


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


def cold(url: str, headers: dict, repeat: int = 5):
    """Median time of requests that no cache can answer (a query string each)."""
    times, status = [], None
    for number in range(repeat):
        separator = "&" if "?" in url else "?"
        request = urllib.request.Request(
            f"{url}{separator}bench={time.time_ns()}-{number}", headers=headers
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as response:
            response.read()
            status = response.status
        times.append(time.perf_counter() - start)
    return statistics.median(times), status


def bench(actors: int, projects: int, events: int) -> dict:
    var = Path(tempfile.mkdtemp(prefix="bench-observatory-"))
    env = {
        **os.environ,
        "PLONE_VAR": str(var),
        "PLONE_DEMO_CONTENT": "0",
        "PLONE_ADMIN_PASSWORD": "admin",
    }
    conf = var / "etc" / "zope.conf"
    subprocess.run(
        [BIN / "python", ROOT / "scripts" / "instance.py"], env=env, check=True
    )
    subprocess.run(
        [BIN / "zconsole", "run", conf, ROOT / "scripts" / "create_site.py"],
        env=env,
        check=True,
        capture_output=True,
    )
    csv_path = var / "actors.csv"
    csv_path.write_bytes(csv_rows(actors))
    subprocess.run(
        [BIN / "polepatrimoine-import-actors", conf, csv_path],
        check=True,
        capture_output=True,
    )
    script = var / "content.py"
    script.write_text(
        CONTENT.replace("PROJECTS", str(projects)).replace("EVENTS", str(events))
    )
    subprocess.run([BIN / "zconsole", "run", conf, script], check=True, env=env)

    port = free_port()
    env["PLONE_PORT"] = str(port)
    subprocess.run(
        [BIN / "python", ROOT / "scripts" / "instance.py"], env=env, check=True
    )
    server = subprocess.Popen(
        [BIN / "runwsgi", var / "etc" / "zope.ini"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/Plone"
    html = {"Accept": "text/html"}
    results = {}
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base, timeout=5)
                break
            except OSError:
                time.sleep(1)
        # The first rendering of each page writes its portlet assignments.
        cold(f"{base}/observatoire", html, repeat=1)
        cold(f"{base}/acteurs", html, repeat=1)
        results["dashboard"], status = cold(f"{base}/observatoire", html)
        assert status == 200, status
        results["dashboard_filtered"], _ = cold(
            f"{base}/observatoire?department=44&year_from=2020&year_to=2024", html
        )
        results["json"], _ = cold(
            f"{base}/@observatory", {"Accept": "application/json"}
        )
        results["csv"], _ = cold(f"{base}/observatoire/@@observatory.csv", {})
        results["directory"], _ = cold(f"{base}/acteurs", html)
    finally:
        server.terminate()
        server.wait()
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
