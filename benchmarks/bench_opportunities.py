"""Benchmark of finding offers: @opportunities-geojson against the equivalent @search.

    make bench                        # with the actors' benchmark
    python benchmarks/bench_opportunities.py   # 5,000 offers; OFFERS="..." for other sizes

For each size: a fresh instance (no demo content), the offers created in-process
(spread over kinds, trades, départements, levels, every one open), then, over
HTTP on a running server, as an anonymous visitor: @opportunities-geojson
against the stock @search asking for latitude/longitude (the least it needs to
draw the map), for metadata_fields=_all and for fullobjects=1; the same with a
query string never seen before on each request, so that no answer comes from
Zope's RAM cache (the caching rules keep the anonymous answers there); a
repeated request with the ETag (304); the listing page with its facets and
@opportunities-facets.
"""

from pathlib import Path

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_actors import BIN  # noqa: E402
from bench_actors import ROOT  # noqa: E402
from bench_actors import free_port  # noqa: E402
from bench_actors import timed  # noqa: E402


CREATE = """
import random
import time
import transaction
from datetime import timedelta
from AccessControl.SecurityManagement import newSecurityManager
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.vocabularies import DEPARTMENTS, OPPORTUNITY_KINDS, OPPORTUNITY_LEVELS
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.component.hooks import setSite
from zope.intid.interfaces import IIntIds
from Testing.makerequest import makerequest

app = makerequest(app)
site = app["Plone"]
setSite(site)
newSecurityManager(None, app.acl_users.getUser("admin").__of__(app.acl_users))
actor = createContentInContainer(
    site["acteurs"], "Actor", checkConstraints=False, title="Atelier du banc d'essai",
    actor_category="entreprise", department="49", zip_code="49000", city="Angers",
)
api.content.transition(obj=actor, to_state="published")
structure = getUtility(IIntIds).getId(actor)
trades = sorted(site["jeunes-pros"]["metiers"].objectIds())
folder = site["jeunes-pros"]["offres"]
rng = random.Random(SIZE)
start = time.perf_counter()
for number in range(SIZE):
    offer = createContentInContainer(
        folder, "Opportunity", checkConstraints=False,
        title=f"Offre {number}",
        kind=rng.choice(OPPORTUNITY_KINDS)[0],
        level=rng.choice(OPPORTUNITY_LEVELS)[0],
        department=rng.choice(DEPARTMENTS)[0],
        commune="Angers",
        trades=rng.sample(trades, rng.choice([1, 2])),
        deadline=expiry.today() + timedelta(days=rng.randint(1, 90)),
        contact_email="banc@example.org",
        structure=RelationValue(structure),
    )
    offer.geolocation = Geolocation(47 + rng.random(), -1.5 + rng.random() * 2)
    api.content.transition(obj=offer, to_state="published")
    if number % 500 == 499:
        transaction.commit()
        app._p_jar.cacheMinimize()
transaction.commit()
print("CREATED", SIZE, time.perf_counter() - start)
"""


def bench(size: int) -> dict:
    results = {}
    var = Path(tempfile.mkdtemp(prefix=f"bench-offers-{size}-"))
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
    script = var / "create_offers.py"
    script.write_text(f"SIZE = {size}\n{CREATE}")
    output = subprocess.run(
        [BIN / "zconsole", "run", conf, script],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    results["create"] = float(output.split("CREATED")[1].split()[1])

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
    offers = f"{base}/jeunes-pros/offres"
    json_headers = {"Accept": "application/json"}
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base, timeout=5)
                break
            except OSError:
                time.sleep(1)
        geojson = f"{offers}/@opportunities-geojson"
        results["geojson"], _, body = timed(geojson, json_headers)
        titles = [f["properties"]["title"] for f in json.loads(body)["features"]]
        urls = [f["properties"]["url"] for f in json.loads(body)["features"]]
        assert len(titles) == size, (
            f"{len(titles)} offers on the map, not {size}: {urls[-3:]} {urls[:2]}"
        )
        with urllib.request.urlopen(
            urllib.request.Request(geojson, headers=json_headers)
        ) as r:
            etag = r.headers["ETag"]
        results["etag_304"], results["etag_status"], _ = timed(
            geojson, {**json_headers, "If-None-Match": etag}
        )
        search = f"{base}/@search?portal_type=Opportunity&b_size={size}"
        latlon = f"{search}&metadata_fields=latitude&metadata_fields=longitude"
        results["search_latlon"], _, body = timed(latlon, json_headers)
        assert body.count(b'"latitude"') == size
        results["search_all"], _, _ = timed(
            f"{search}&metadata_fields=_all", json_headers
        )
        results["search_full"], _, _ = timed(
            f"{search}&fullobjects=1", json_headers, repeat=1
        )
        # Cold: a query string never asked before, so no RAM-cached answer.
        cold_geojson, cold_search = [], []
        for number in range(3):
            elapsed, _, _ = timed(f"{geojson}?cold={number}", json_headers, repeat=1)
            cold_geojson.append(elapsed)
            elapsed, _, _ = timed(f"{latlon}&cold={number}", json_headers, repeat=1)
            cold_search.append(elapsed)
        results["cold_geojson"] = statistics.median(cold_geojson)
        results["cold_search"] = statistics.median(cold_search)
        results["listing"], results["listing_status"], _ = timed(
            f"{offers}?opportunity_kind=alternance&department=44",
            {"Accept": "text/html"},
        )
        results["facets"], _, _ = timed(
            f"{offers}/@opportunities-facets?department=49", json_headers
        )
    finally:
        server.terminate()
        server.wait()
    return results


def main() -> None:
    sizes = [int(s) for s in (os.environ.get("OFFERS") or "5000").split()]
    for size in sizes:
        r = bench(size)
        g = r["geojson"]
        print(f"\n## {size} open offers (created in {r['create']:.0f} s)")
        print(
            f"@opportunities-geojson: {g:.3f} s (ETag repeat: HTTP {r['etag_status']}, {r['etag_304']:.3f} s)"
        )
        print(
            f"@search latitude/longitude: {r['search_latlon']:.3f} s -> geojson {r['search_latlon'] / g:.1f}x faster"
        )
        print(
            f"@search metadata_fields=_all: {r['search_all']:.3f} s -> geojson {r['search_all'] / g:.1f}x faster"
        )
        print(
            f"@search fullobjects=1: {r['search_full']:.3f} s -> geojson {r['search_full'] / g:.1f}x faster"
        )
        print(
            f"never cached (a new query string each time): geojson {r['cold_geojson']:.3f} s, "
            f"@search latitude/longitude {r['cold_search']:.3f} s -> "
            f"{r['cold_search'] / r['cold_geojson']:.1f}x faster"
        )
        print(
            f"listing page with facets (HTTP {r['listing_status']}): {r['listing']:.3f} s; "
            f"@opportunities-facets: {r['facets']:.3f} s"
        )


if __name__ == "__main__":
    main()
