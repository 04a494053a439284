"""The visitors, members and coordinators of make bench-load, for locust.

Anonymous visitors (home, the directory with its facets, an actor, the GeoJSON,
the agenda, an event, the resources), members (their groups, a document of their
group's space, a registration for their own address, a join request to another
group) and coordinators (a search, the actors export). The host is the site's
URL (http://127.0.0.1:8080/Plone). Accounts come from
benchmarks/load/site_setup.py: BENCH_PASSWORD, BENCH_MEMBERS. With BENCH_RESULTS
set, a JSON summary is written there at the end: counts, percentiles (all
requests and anonymous ones), errors with their first messages.
"""

from locust import HttpUser
from locust import between
from locust import events
from locust import task

import itertools
import json
import logging
import os
import random
import requests
import time


PASSWORD = os.environ.get("BENCH_PASSWORD", "")
MEMBERS = int(os.environ.get("BENCH_MEMBERS") or 40)
JSON = {"Accept": "application/json"}
HTML = {"Accept": "text/html"}
DEPARTMENTS = ("44", "49", "53", "72", "85")
DOMAINS = ("bati", "mobilier", "immateriel", "industriel")

site = {}
timings = []
succeeded = {}
member_numbers = itertools.count(1)


def found(base: str, portal_type: str) -> list[str]:
    answer = requests.get(
        f"{base}/@search",
        params={"portal_type": portal_type, "b_size": 200},
        headers=JSON,
        timeout=60,
    )
    answer.raise_for_status()
    return [item["@id"] for item in answer.json()["items"]]


@events.test_start.add_listener
def discover(environment, **kwargs):
    """What the site holds, read once as an anonymous visitor before the load starts."""
    try:
        read_site(environment.host.rstrip("/"))
    except Exception:
        # Without the site's addresses every user would fail: stop at once.
        logging.exception("The site could not be read")
        environment.process_exit_code = 2
        environment.runner.quit()


def read_site(base: str) -> None:
    site["actors"] = found(base, "Actor")
    site["events"] = found(base, "Event")
    site["open_events"] = [
        url
        for url in site["events"]
        if requests.get(f"{url}/@registration-status", headers=JSON, timeout=60)
        .json()
        .get("open")
    ]
    site["groups"] = found(base, "WorkingGroup")
    timings.clear()
    succeeded.clear()
    site["started"] = time.monotonic()


@events.request.add_listener
def record(name, response_time, exception, context, **kwargs):
    timings.append((context.get("kind", "?"), response_time, exception))
    if exception is None:
        succeeded[name] = succeeded.get(name, 0) + 1


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]


@events.test_stop.add_listener
def summarise(environment, **kwargs):
    path = os.environ.get("BENCH_RESULTS")
    if not path:
        return
    seconds = time.monotonic() - site["started"]

    def figures(rows):
        times = [t for _, t, _ in rows]
        return {
            "requests": len(rows),
            "rps": len(rows) / seconds,
            **{f"p{p}": percentile(times, p / 100) for p in (50, 95, 99)},
        }

    errors = [f"{kind}: {error}" for kind, _, error in timings if error]
    with open(path, "w") as out:
        json.dump(
            {
                "all": figures(timings),
                "anonymous": figures([r for r in timings if r[0] == "anonymous"]),
                "errors": len(errors),
                "first_errors": sorted(set(errors))[:20],
                "seconds": seconds,
                "succeeded": succeeded,
                "kinds": {
                    kind: sum(1 for row in timings if row[0] == kind)
                    for kind in ("anonymous", "member", "coordinator")
                },
            },
            out,
        )


class Client(HttpUser):
    abstract = True
    wait_time = between(0.1, 0.5)

    def get(self, url, name, headers=HTML, **params):
        with self.client.get(
            url,
            params=params,
            headers=headers,
            name=name,
            context={"kind": self.kind},
            catch_response=True,
        ) as response:
            if response.status_code not in (200, 304):
                response.failure(f"{name}: HTTP {response.status_code}")


class Visitor(Client):
    """Someone who is not logged in, reading the public pages."""

    weight = 6
    kind = "anonymous"

    @task(2)
    def home(self):
        self.get("", "home")

    @task(3)
    def directory(self):
        department = random.choice(DEPARTMENTS)
        domain = random.choice(DOMAINS)
        self.get(
            "/acteurs",
            "directory",
            department=department,
            heritage_domains=domain,
        )
        self.get(
            "/acteurs/@actors-facets",
            "facets",
            JSON,
            department=department,
        )

    @task(3)
    def actor(self):
        self.get(random.choice(site["actors"]), "actor")

    @task(2)
    def geojson(self):
        self.get("/acteurs/@actors-geojson", "geojson", JSON)

    @task(2)
    def agenda(self):
        self.get("/agenda", "agenda")

    @task(2)
    def event(self):
        self.get(random.choice(site["events"]), "event")

    @task(1)
    def resources(self):
        self.get("/ressources", "resources")


class Member(Client):
    """A member of one working group: its space, registrations, a join request."""

    weight = 3
    kind = "member"

    def on_start(self):
        number = (next(member_numbers) - 1) % MEMBERS + 1
        self.client.auth = (f"bench.membre{number}@example.org", PASSWORD)
        answer = self.client.get(
            "/@my-working-groups",
            headers=JSON,
            name="my groups",
            context={"kind": self.kind},
        )
        mine = [item["@id"] for item in answer.json()["items"]]
        self.documents = []
        for group in mine:
            answer = self.client.get(
                f"{group}/@search",
                params={"portal_type": "Document"},
                headers=JSON,
                name="space search",
                context={"kind": self.kind},
            )
            self.documents += [item["@id"] for item in answer.json()["items"]]
        self.to_register = list(site["open_events"])
        self.to_join = [group for group in site["groups"] if group not in mine]
        random.shuffle(self.to_register)
        random.shuffle(self.to_join)

    @task(3)
    def my_groups(self):
        self.get("/@my-working-groups", "my groups", JSON)

    @task(4)
    def document(self):
        self.get(random.choice(self.documents), "space document")

    @task(1)
    def register(self):
        if not self.to_register:
            return
        # One's own address: confirmed (or waitlisted) at once, no mail link.
        with self.client.post(
            f"{self.to_register.pop()}/@registrations",
            json={"consent": True},
            headers=JSON,
            name="registration",
            context={"kind": self.kind},
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(
                    f"registration: HTTP {response.status_code} {response.text[:200]}"
                )

    @task(1)
    def join(self):
        if not self.to_join:
            return
        with self.client.post(
            f"{self.to_join.pop()}/@join-requests",
            json={"message": "Notre structure souhaite participer.", "consent": True},
            headers=JSON,
            name="join request",
            context={"kind": self.kind},
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(
                    f"join request: HTTP {response.status_code} {response.text[:200]}"
                )


class Coordinator(Client):
    """A site coordinator: searches and exports."""

    weight = 1
    kind = "coordinator"

    def on_start(self):
        self.client.auth = ("bench.coordination@example.org", PASSWORD)

    @task(3)
    def search(self):
        self.get(
            "/@search",
            "search",
            JSON,
            SearchableText=random.choice(
                ("patrimoine", "musée", "château", "archives")
            ),
            portal_type="Actor",
        )

    @task(1)
    def export(self):
        self.get("/acteurs/@actors-export", "actors export", JSON)
