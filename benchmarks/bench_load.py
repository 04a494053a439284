"""Load benchmark (make bench-load): locust against four production layouts, one after the other.

(a) one instance on FileStorage, (b) one instance on RelStorage, (c) two
instances on RelStorage behind haproxy, (d) (c) with haproxy's cache
(PLONE_PROXY_CACHE); plone.app.caching is on in all four, as the policy profile
installs it. Each runs DURATION (default 60s) with USERS (default 20) locust
users on the loopback, against a site made here with the demo content and
benchmarks/load/site_setup.py's accounts, in a temporary folder: one FileStorage
site and one RelStorage database copied for (b), (c) and (d), so that each starts
from the same data. PostgreSQL, the instances and haproxy are started with the
code of tests/fixtures/cluster.py (scripts/db.py, scripts/instance.py). Prints
requests/s, p50/p95/p99 (all and anonymous), errors and conflict retries (the
"ConflictError retried" lines of the instances' logs), then the ratios.
"""

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Sink
from pathlib import Path

import json
import os
import requests
import shutil
import subprocess
import sys
import tempfile


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.cluster import Cluster  # noqa: E402
from tests.fixtures.cluster import Postgres  # noqa: E402
from tests.fixtures.cluster import free_port  # noqa: E402


HERE = Path(__file__).resolve().parent / "load"
DURATION = os.environ.get("DURATION") or "60s"
USERS = int(os.environ.get("USERS") or 20)
MEMBERS = max(USERS, 20)
PASSWORD = "Banc-de-charge-2026"
# ONLY=bc: some of the configurations, to try a change quickly (no ratios then).
ONLY = os.environ.get("ONLY") or "abcd"
CONFIGURATIONS = {
    "a": "1 instance, FileStorage",
    "b": "1 instance, RelStorage",
    "c": "2 instances, RelStorage, haproxy",
    "d": "(c) + haproxy cache",
}


class Mail:
    """A real SMTP server that keeps nothing: the site's mails must go somewhere."""

    def __init__(self):
        self.controller = Controller(Sink(), hostname="127.0.0.1", port=free_port())
        self.controller.start()
        self.host, self.port = self.controller.hostname, self.controller.port


def prepare(cluster: Cluster) -> None:
    cluster.env.update(
        PLONE_DEMO_CONTENT="1",
        BENCH_PASSWORD=PASSWORD,
        BENCH_MEMBERS=str(MEMBERS),
    )
    cluster.create_site()
    subprocess.run(
        [BIN / "zconsole", "run", cluster.zope_conf, HERE / "site_setup.py"],
        env=cluster.env,
        check=True,
        capture_output=True,
    )


def copy_database(postgres: Postgres, template: str, name: str) -> str:
    postgres.db.run(
        "createdb", *postgres.db.local_args(), "-T", template, name, capture=True
    )
    return postgres.dsn.replace("dbname=plone ", f"dbname={name} ")


def run_locust(cluster: Cluster, results: Path) -> dict:
    env = {
        **cluster.env,
        "BENCH_PASSWORD": PASSWORD,
        "BENCH_MEMBERS": str(MEMBERS),
        "BENCH_RESULTS": str(results),
    }
    subprocess.run(
        [
            BIN / "locust",
            "-f",
            HERE / "locustfile.py",
            "--headless",
            "--host",
            cluster.url,
            "--users",
            str(USERS),
            "--spawn-rate",
            str(max(1, USERS // 5)),
            "--run-time",
            DURATION,
            "--stop-timeout",
            "30",
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env=env,
        check=False,
        cwd=results.parent,
    )
    figures = json.loads(results.read_text())
    figures["conflicts"] = sum(
        cluster.log(number).read_text(errors="replace").count("ConflictError retried")
        for number in range(1, len(cluster.inis) + 1)
    )
    return figures


# The first request of each page compiles its templates: done before the clock
# starts, on each instance directly (a proxy cache stays empty).
WARM_UP = (
    "",
    "/acteurs?department=44",
    "/acteurs/@actors-facets",
    "/acteurs/@actors-geojson",
    "/agenda",
    "/ressources",
    "/@search?portal_type=Actor",
)


def warm_up(cluster: Cluster) -> None:
    for url in cluster.instance_urls:
        for path in WARM_UP:
            headers = {"Accept": "application/json"} if "/@" in path else {}
            requests.get(url + path, headers=headers, timeout=300).raise_for_status()
        actors = requests.get(
            f"{url}/@search?portal_type=Actor&b_size=1",
            headers={"Accept": "application/json"},
            timeout=300,
        ).json()["items"]
        requests.get(actors[0]["@id"], timeout=300).raise_for_status()
        events = requests.get(
            f"{url}/@search?portal_type=Event&b_size=1",
            headers={"Accept": "application/json"},
            timeout=300,
        ).json()["items"]
        requests.get(events[0]["@id"], timeout=300).raise_for_status()


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-load-"))
    folder.chmod(0o755)
    mail = Mail()
    postgres = Postgres()
    figures, clusters = {}, []
    try:
        print(f"Preparing the sites in {folder} ...", flush=True)
        if "a" in ONLY:
            filestorage = Cluster(folder / "a", None, 1, False, mail)
            prepare(filestorage)
        if set("bcd") & set(ONLY):
            template = postgres.create_database("bench_template")
            prepare(Cluster(folder / "template", template, 1, False, mail))
        start_load = load_average()
        for key, title in CONFIGURATIONS.items():
            if key not in ONLY:
                continue
            if key == "a":
                cluster = filestorage
            else:
                dsn = copy_database(postgres, "bench_template", f"bench_{key}")
                if key == "d":
                    os.environ["PLONE_PROXY_CACHE"] = "64"
                instances = 1 if key == "b" else 2
                cluster = Cluster(folder / key, dsn, instances, instances > 1, mail)
                os.environ.pop("PLONE_PROXY_CACHE", None)
            clusters.append(cluster)
            cluster.start_all()
            warm_up(cluster)
            print(f"({key}) {title}: {USERS} users for {DURATION} ...", flush=True)
            figures[key] = run_locust(cluster, folder / f"results-{key}.json")
            cluster.stop_all()
        end_load = load_average()
    finally:
        for cluster in clusters:
            cluster.stop_all()
        postgres.stop()
        mail.controller.stop()
    report(figures, start_load, end_load)
    shutil.rmtree(folder, ignore_errors=True)


def report(figures: dict, start_load: str, end_load: str) -> None:
    print(
        f"\n{USERS} users, {DURATION} per configuration; load average "
        f"{start_load} at the start, {end_load} at the end; times in ms\n"
    )
    print(
        "| configuration | requests/s | p50 | p95 | p99 | anonymous p50 | p95 | p99 "
        "| errors | conflict retries |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key, title in CONFIGURATIONS.items():
        if key not in figures:
            continue
        f = figures[key]
        a, n = f["all"], f["anonymous"]
        print(
            f"| ({key}) {title} | {a['rps']:.1f} | {a['p50']:.0f} | {a['p95']:.0f} "
            f"| {a['p99']:.0f} | {n['p50']:.0f} | {n['p95']:.0f} | {n['p99']:.0f} "
            f"| {f['errors']} | {f['conflicts']} |"
        )
    for key in figures:
        for error in figures[key]["first_errors"]:
            print(f"({key}) error: {error}")

    def ratio(x, y):
        return x / y if y else float("inf")

    if set("bcd") - set(figures):
        return
    b, c, d = (figures[k] for k in "bcd")
    print(
        f"\nrequests/s (c)/(b): {ratio(c['all']['rps'], b['all']['rps']):.2f}; "
        f"(d)/(c): {ratio(d['all']['rps'], c['all']['rps']):.2f}; "
        f"anonymous p95 (c)/(d): "
        f"{ratio(c['anonymous']['p95'], d['anonymous']['p95']):.1f}"
    )


if __name__ == "__main__":
    main()
