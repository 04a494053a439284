"""Benchmark of finding offers: @opportunities-geojson against the equivalent @search.

    make bench                        # with the actors' benchmark
    python benchmarks/bench_opportunities.py   # 5,000 offers; OFFERS="..." for other sizes

For each size: a fresh instance (no demo content), the offers created in-process
(spread over kinds, trades, départements, levels, every one open), then, over
HTTP on a running server, as an anonymous visitor: @opportunities-geojson
against the stock @search asking for latitude/longitude (the least it needs to
draw the map), for metadata_fields=_all and for fullobjects=1; each request with a
query string never asked before, so that no answer comes from Zope's RAM cache
(the caching rules keep anonymous answers there); the listing page with its
facets and @opportunities-facets; then repeated requests (from the RAM cache)
and a request with the ETag (304).
"""

from pathlib import Path

import json
import os
import sys
import urllib.request


sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchsite import BenchSite  # noqa: E402
from benchsite import cold  # noqa: E402
from benchsite import timed  # noqa: E402


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
    site = BenchSite(f"offers-{size}")
    output = site.script("create_offers.py", f"SIZE = {size}\n{CREATE}")
    results["create"] = float(output.split("CREATED")[1].split()[1])

    json_headers = {"Accept": "application/json"}
    with site.serve() as base:
        offers = f"{base}/jeunes-pros/offres"
        geojson = f"{offers}/@opportunities-geojson"
        results["geojson"], _, body = cold(geojson, json_headers)
        titles = [f["properties"]["title"] for f in json.loads(body)["features"]]
        assert len(titles) == size, f"{len(titles)} offers on the map, not {size}"
        results["cached"], _, _ = timed(geojson, json_headers)
        with urllib.request.urlopen(
            urllib.request.Request(geojson, headers=json_headers)
        ) as r:
            etag = r.headers["ETag"]
        results["etag_304"], results["etag_status"], _ = timed(
            geojson, {**json_headers, "If-None-Match": etag}
        )
        search = f"{base}/@search?portal_type=Opportunity&b_size={size}"
        latlon = f"{search}&metadata_fields=latitude&metadata_fields=longitude"
        results["search_latlon"], _, body = cold(latlon, json_headers)
        assert body.count(b'"latitude"') == size
        results["search_cached"], _, _ = timed(latlon, json_headers)
        results["search_all"], _, _ = cold(
            f"{search}&metadata_fields=_all", json_headers
        )
        results["search_full"], _, _ = cold(
            f"{search}&fullobjects=1", json_headers, repeat=1
        )
        results["listing"], results["listing_status"], _ = cold(
            f"{offers}?opportunity_kind=alternance&department=44",
            {"Accept": "text/html"},
        )
        results["facets"], _, _ = cold(
            f"{offers}/@opportunities-facets?department=49", json_headers
        )
    return results


def main() -> None:
    sizes = [int(s) for s in (os.environ.get("OFFERS") or "5000").split()]
    for size in sizes:
        r = bench(size)
        g = r["geojson"]
        print(f"\n## {size} open offers (created in {r['create']:.0f} s)")
        print("(each answer computed: a new query string each time, no RAM cache)")
        print(f"@opportunities-geojson: {g:.3f} s")
        for key, label in (
            ("search_latlon", "@search latitude/longitude"),
            ("search_all", "@search metadata_fields=_all"),
            ("search_full", "@search fullobjects=1"),
        ):
            print(f"{label}: {r[key]:.3f} s -> geojson {r[key] / g:.1f}x faster")
        print(
            f"listing page with facets (HTTP {r['listing_status']}): {r['listing']:.3f} s; "
            f"@opportunities-facets: {r['facets']:.3f} s"
        )
        print(
            f"repeated, from the RAM cache: geojson {r['cached']:.3f} s, @search "
            f"latitude/longitude {r['search_cached']:.3f} s; with the ETag: HTTP "
            f"{r['etag_status']}, {r['etag_304']:.3f} s"
        )


if __name__ == "__main__":
    main()
