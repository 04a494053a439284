"""Benchmark of the actors directory: ratios measured in one run, on the same data.

    make bench               # 1,000 and 10,000 actors
    make bench SIZES=2000    # other sizes

For each size: a fresh instance (no demo content), the actors imported with
polepatrimoine-import-actors, then, over HTTP on a running server:
@actors-geojson against the stock @search asking for latitude/longitude, for
metadata_fields=_all and for fullobjects=1, and against reading the same brains'
metadata in-process; a repeated request with the ETag (304); the directory page
with its facets; the import's throughput against one plone.restapi POST per actor
(rounds alternating both on the same server, medians compared). Each timed read
has a query string never asked before, so that no answer comes from Zope's RAM
cache (the caching rules keep anonymous answers there).
"""

from pathlib import Path

import json
import os
import random
import statistics
import sys
import time
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchsite import BenchSite  # noqa: E402
from benchsite import cold  # noqa: E402
from benchsite import timed  # noqa: E402


CATEGORIES = (
    "association",
    "entreprise",
    "collectivite",
    "institution",
    "enseignement",
)
DOMAINS = ("bati", "industriel", "immateriel", "musees", "savoir-faire", "maritime")
PLACES = (
    ("44", "44000", "Nantes", 47.2184, -1.5536),
    ("49", "49000", "Angers", 47.4784, -0.5632),
    ("53", "53000", "Laval", 48.0706, -0.7734),
    ("72", "72000", "Le Mans", 48.0061, 0.1996),
    ("85", "85000", "La Roche-sur-Yon", 46.6705, -1.4260),
)
# The throughput comparison: rounds that alternate one POST per actor and an
# @actors-import of new rows, on the same server. Each round compares the two
# measured next to each other (a slower or faster spell of a noisy machine
# weighs on both), and the median of the rounds' ratios is reported; also the
# server's CPU time per actor, which another tenant of the machine does not
# inflate.
ROUNDS = 7
POSTED = 50
IMPORTED = 1000

IN_PROCESS = """
import time
from zope.component.hooks import setSite
site = app["Plone"]
setSite(site)
catalog = site.portal_catalog
brains = catalog.unrestrictedSearchResults(portal_type="Actor")
best = None
for _ in range(3):
    start = time.perf_counter()
    rows = [(b.latitude, b.longitude, b.Title, b.getPath(), b.UID, b.actor_category,
             b.department, b.city, b.is_member) for b in brains]
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print("IN_PROCESS", len(rows), best)
"""


def csv_rows(count: int, prefix: str = "Acteur ") -> bytes:
    rng = random.Random(count)
    lines = [
        "title;actor_category;heritage_domains;department;zip_code;city;latitude;longitude;is_member"
    ]
    for number in range(count):
        department, zip_code, city, lat, lon = rng.choice(PLACES)
        domains = " | ".join(rng.sample(DOMAINS, 2))
        lines.append(
            f"{prefix}{number};{rng.choice(CATEGORIES)};{domains};{department};{zip_code};"
            f"{city};{lat + rng.uniform(-0.3, 0.3):.5f};{lon + rng.uniform(-0.3, 0.3):.5f};"
            f"{'oui' if number % 3 == 0 else 'non'}"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bench(size: int) -> dict:
    results = {}
    site = BenchSite(str(size))
    csv_path = site.var / "actors.csv"
    csv_path.write_bytes(csv_rows(size))
    output = site.command("polepatrimoine-import-actors", csv_path)
    # The command reports the import's own time (validation, writes, commit),
    # without Zope's start-up.
    seconds = float(output.rsplit("(en ", 1)[1].split(" s)")[0])
    results["import_per_actor"] = seconds / size
    output = site.script("inprocess.py", IN_PROCESS)
    results["in_process"] = float(output.split("IN_PROCESS")[1].split()[1])

    with site.serve() as base:
        server = site.server
        json_headers = {"Accept": "application/json"}
        # Each answer computed: a new query string each time, no RAM cache.
        results["geojson"], _, body = cold(f"{base}/@actors-geojson", json_headers)
        assert body.count(b'"Feature"') == size, "every actor must be on the map"
        with urllib.request.urlopen(
            urllib.request.Request(f"{base}/@actors-geojson", headers=json_headers)
        ) as r:
            etag = r.headers["ETag"]
        results["etag_304"], status, _ = timed(
            f"{base}/@actors-geojson", {**json_headers, "If-None-Match": etag}
        )
        results["etag_status"] = status
        search = f"{base}/@search?portal_type=Actor&b_size={size}"
        results["search_latlon"], _, _ = cold(
            f"{search}&metadata_fields=latitude&metadata_fields=longitude", json_headers
        )
        results["search_all"], _, _ = cold(
            f"{search}&metadata_fields=_all", json_headers
        )
        results["search_full"], _, _ = cold(
            f"{search}&fullobjects=1", json_headers, repeat=1
        )
        results["directory"], status, _ = cold(
            f"{base}/acteurs?department=44&heritage_domains=bati",
            {"Accept": "text/html"},
        )
        results["directory_status"] = status
        auth = {
            "Authorization": "Basic YWRtaW46YWRtaW4=",
            "Accept": "application/json",
            "Content-Type": "application/json",
        }
        posts, imports, post_cpu, import_cpu = [], [], [], []
        for round_ in range(ROUNDS):
            cpu = cpu_seconds(server.pid)
            start = time.perf_counter()
            for number in range(POSTED):
                body = json.dumps(
                    {
                        "@type": "Actor",
                        "title": f"Posté {round_}-{number}",
                        "actor_category": "association",
                        "department": "44",
                        "zip_code": "44000",
                        "city": "Nantes",
                        "geolocation": {"latitude": 47.2, "longitude": -1.5},
                    }
                ).encode()
                _, status, _ = timed(f"{base}/acteurs", auth, "POST", body, repeat=1)
                assert status == 201, status
            posts.append((time.perf_counter() - start) / POSTED)
            post_cpu.append((cpu_seconds(server.pid) - cpu) / POSTED)
            rows = csv_rows(IMPORTED, prefix=f"Importé {round_}-")
            cpu = cpu_seconds(server.pid)
            elapsed, status, body = timed(
                f"{base}/acteurs/@actors-import",
                {**auth, "Content-Type": "text/csv; charset=utf-8"},
                "POST",
                rows,
                repeat=1,
            )
            assert status == 200, body[:500]
            assert json.loads(body)["created"] == IMPORTED, body[:500]
            imports.append(elapsed / IMPORTED)
            import_cpu.append((cpu_seconds(server.pid) - cpu) / IMPORTED)
        results["post_per_actor"] = statistics.median(posts)
        results["import_http_per_actor"] = statistics.median(imports)
        results["round_ratios"] = [p / i for p, i in zip(posts, imports, strict=True)]
        results["post_cpu"] = statistics.median(post_cpu)
        results["import_cpu"] = statistics.median(import_cpu)
    return results


def main() -> None:
    sizes = [int(s) for s in (os.environ.get("SIZES") or "1000 10000").split()]
    for size in sizes:
        r = bench(size)
        print(f"\n## {size} actors")
        print(
            f"@actors-geojson: {r['geojson']:.3f} s (ETag repeat: HTTP {r['etag_status']}, {r['etag_304']:.3f} s)"
        )
        print(
            f"@search latitude/longitude: {r['search_latlon']:.3f} s -> geojson {r['search_latlon'] / r['geojson']:.1f}x faster"
        )
        print(
            f"@search metadata_fields=_all: {r['search_all']:.3f} s -> geojson {r['search_all'] / r['geojson']:.1f}x faster"
        )
        print(
            f"@search fullobjects=1: {r['search_full']:.3f} s -> geojson {r['search_full'] / r['geojson']:.1f}x faster"
        )
        print(
            f"in-process metadata read: {r['in_process']:.3f} s -> geojson {r['geojson'] / r['in_process']:.1f}x of it"
        )
        print(
            f"directory page with facets (HTTP {r['directory_status']}): {r['directory']:.3f} s"
        )
        print(
            f"import with the console command ({size} rows into an empty directory): "
            f"{r['import_per_actor'] * 1000:.1f} ms/actor"
        )
        ratios = r["round_ratios"]
        print(
            f"import over HTTP (@actors-import, {IMPORTED} rows): "
            f"{r['import_http_per_actor'] * 1000:.1f} ms/actor; one POST per actor: "
            f"{r['post_per_actor'] * 1000:.1f} ms/actor (medians of {ROUNDS} "
            f"alternating rounds) -> import {statistics.median(ratios):.1f}x faster "
            f"(median of the rounds' ratios: {', '.join(f'{x:.1f}' for x in ratios)})"
        )
        print(
            f"server CPU time per actor: import {r['import_cpu'] * 1000:.1f} ms, "
            f"POST {r['post_cpu'] * 1000:.1f} ms -> import "
            f"{r['post_cpu'] / r['import_cpu']:.1f}x less"
        )


if __name__ == "__main__":
    main()
