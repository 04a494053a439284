"""Benchmark of the newsletter's sending (make bench-newsletter): messages per second,
and what the sending costs the site's pages, as ratios measured in one run.

A RelStorage database and one instance (tests/fixtures/cluster.py), the demo
content, SUBSCRIBERS (default 2,000) active subscribers and a composed issue,
queued. The site's page (PAGE, default the agenda, as a logged-in coordinator
would load it: never cached) is timed at rest, then while
``polepatrimoine-newsletter`` sends the issue to a local aiosmtpd server in
another process, as the timer would run it. Prints messages per second and
the p95 of the page at rest and during the sending, and their ratio (the
target: not more than 2).
"""

from aiosmtpd.controller import Controller
from pathlib import Path

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.cluster import Cluster  # noqa: E402
from tests.fixtures.cluster import Postgres  # noqa: E402
from tests.fixtures.cluster import free_port  # noqa: E402


SUBSCRIBERS = int(os.environ.get("SUBSCRIBERS") or 2000)
PAGE = os.environ.get("PAGE") or "agenda"
AT_REST = int(os.environ.get("AT_REST") or 150)

SETUP = """
import transaction
from plone import api
from zope.component.hooks import setSite
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.compose import compose

site = app["Plone"]
setSite(site)
store = subscribers.store(site, create=True)
for n in range({count}):
    subscriber = store.add(subscribers.Subscriber(f"lecteur{{n}}@example.org"))
    subscriber.state = subscribers.ACTIVE
with api.env.adopt_roles(["Manager"]):
    issue = api.content.create(
        container=site["lettre"], type="NewsletterIssue", title="Lettre du banc d'essai"
    )
    compose(issue)
    delivery.queue(issue)
transaction.commit()
print("ENTRIES", len(issue.entries), "ACTIVE", len(store.active()))
"""


class Counter:
    """An SMTP server that counts what it receives, and when."""

    def __init__(self):
        self.times = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.times.append(time.monotonic())
        return "250 Message accepted for delivery"


def p95(durations: list) -> float:
    return statistics.quantiles(durations, n=20)[-1]


def timed_get(session, url) -> float:
    start = time.perf_counter()
    response = session.get(url, timeout=60)
    response.raise_for_status()
    return time.perf_counter() - start


def main() -> None:
    counter = Counter()
    controller = Controller(counter, hostname="127.0.0.1", port=free_port())
    controller.start()
    controller.host = controller.hostname
    postgres = Postgres()
    var = Path(tempfile.mkdtemp(prefix="bench-newsletter-"))
    cluster = None
    try:
        dsn = postgres.create_database("bench_newsletter")
        cluster = Cluster(var, dsn, instances=1, balancer=False, smtp=controller)
        cluster.env["PLONE_DEMO_CONTENT"] = "1"
        cluster.create_site()
        script = var / "setup_newsletter.py"
        script.write_text(SETUP.format(count=SUBSCRIBERS))
        output = subprocess.run(
            [BIN / "zconsole", "run", cluster.zope_conf, script],
            env=cluster.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        print(output.strip().splitlines()[-1])
        cluster.start_all()
        page = f"{cluster.url}/{PAGE}"
        session = cluster.admin
        session.headers["Accept"] = "text/html"
        for _ in range(10):  # warm the caches
            timed_get(session, page)
        rest = [timed_get(session, page) for _ in range(AT_REST)]

        command = subprocess.Popen(
            [
                BIN / "polepatrimoine-newsletter",
                cluster.zope_conf,
                "Plone",
                "--url",
                cluster.url,
                "--pause",
                "0",
                "--lock",
                str(var / "newsletter.lock"),
            ],
            env=cluster.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        timeline = []
        while command.poll() is None:
            timeline.append((time.monotonic(), timed_get(session, page)))
        output = command.stdout.read()
        if command.returncode:
            raise RuntimeError(output)
        received = len(counter.times)
        first, last = counter.times[0], counter.times[-1]
        seconds = last - first
        # The page requests made while messages were leaving, not during the
        # command's Zope start-up.
        during = [d for started, d in timeline if first <= started <= last]
        print(output.strip().splitlines()[-1])
        print(f"\n## Sending to {SUBSCRIBERS} subscribers")
        print(
            f"{received} messages received in {seconds:.1f} s: "
            f"{received / seconds:.0f} messages/s"
        )
        print(
            f"/{PAGE} p95 at rest: {p95(rest) * 1000:.0f} ms ({len(rest)} requests); "
            f"during the sending: {p95(during) * 1000:.0f} ms ({len(during)} requests) "
            f"-> {p95(during) / p95(rest):.2f}x (target: at most 2x)"
        )
    finally:
        if cluster is not None:
            cluster.stop_all()
        postgres.stop()
        controller.stop()
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    main()
