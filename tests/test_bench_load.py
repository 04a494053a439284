"""make bench-load's locustfile runs its whole mix against the test server for a few seconds without an error.

The figures are never asserted here: only that every request of the mix
(anonymous pages, members' spaces, registrations and join requests, the
coordinator's search and export) succeeds, and that the writes are stored.
"""

from pathlib import Path
from plone import api
from tests.fixtures.http import client

import importlib.util
import json
import os
import subprocess
import sys
import transaction


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "Banc-de-charge-test"
spec = importlib.util.spec_from_file_location(
    "site_setup", ROOT / "benchmarks" / "load" / "site_setup.py"
)
site_setup = importlib.util.module_from_spec(spec)
spec.loader.exec_module(site_setup)


def test_the_load_mix_runs_without_errors(functional, smtp, tmp_path):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        site_setup.prepare(PASSWORD, 3)
    transaction.commit()
    # Templates compile on their first request: not within the few seconds of load.
    # (Threads compiling one template at once fail on Python 3.11: README, Load.)
    actor = api.content.find(context=portal, portal_type="Actor")[0].getURL()
    event = api.content.find(context=portal, portal_type="Event")[0].getURL()
    pages = ("", "acteurs", "agenda", "ressources", actor, event)
    for path in (*pages, "acteurs/@actors-geojson", "acteurs/@actors-facets"):
        assert client(json="@" in path).get(path).status_code == 200
    results = tmp_path / "results.json"
    subprocess.run(
        [
            BIN / "locust",
            "-f",
            ROOT / "benchmarks" / "load" / "locustfile.py",
            "--headless",
            "--host",
            portal.absolute_url(),
            "--users",
            "10",
            "--spawn-rate",
            "10",
            "--run-time",
            "8s",
            "--stop-timeout",
            "60",
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env={
            **os.environ,
            "BENCH_PASSWORD": PASSWORD,
            "BENCH_MEMBERS": "3",
            "BENCH_RESULTS": str(results),
        },
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=False,
    )
    summary = json.loads(results.read_text())
    assert summary["errors"] == 0, summary["first_errors"]
    # Each user finishes the task it is in when the time is up (--stop-timeout):
    # every kind has run at least one.
    assert all(summary["kinds"].values()), summary["kinds"]
    done = summary["succeeded"]
    # The members' writes are stored: read back by the site's owner.
    admin = client(admin=True)
    joined = 0
    for brain in api.content.find(context=portal, portal_type="WorkingGroup"):
        answer = admin.get(f"{brain.getURL()}/@join-requests")
        assert answer.status_code == 200, answer.text
        joined += sum(
            item["email"].startswith("bench.membre") for item in answer.json()["items"]
        )
    assert joined == done.get("join request", 0)
    registered = 0
    for brain in api.content.find(context=portal, portal_type="Event"):
        answer = admin.get(f"{brain.getURL()}/@registrations")
        if answer.status_code == 200:
            registered += sum(
                item["email"].startswith("bench.membre")
                for item in answer.json()["items"]
            )
    assert registered == done.get("registration", 0)
