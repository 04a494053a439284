"""The demo offers and trades of the site built by the distribution."""

from plone import api
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.policy.demo import opportunities
from polepatrimoine.policy.setup.trades import TRADES


def test_about_thirty_trades_over_every_family(portal):
    from polepatrimoine.content.vocabularies import TRADE_FAMILIES

    brains = api.content.find(portal_type="Trade")
    assert len(brains) == len(TRADES) >= 28
    assert {b.trade_families[0] for b in brains} == {f for f, _t in TRADE_FAMILIES}
    assert {b.review_state for b in brains} == {"published"}


def test_a_dozen_offers_over_five_departements_one_expired(portal):
    offers = api.content.find(portal_type="Opportunity", unrestricted=True)
    assert len(offers) == 12
    assert {b.department for b in offers} == {"44", "49", "53", "72", "85"}
    assert len({b.opportunity_kind for b in offers}) == 6
    assert sorted(b.review_state for b in offers).count("expired") == 1
    assert len(api.content.find(**expiry.open_query())) == 11
    actors = {b.Title for b in api.content.find(portal_type="Actor")}
    assert {b.structure_title for b in offers} <= actors


def test_fiches_and_actors_tagged(portal):
    fiches = api.content.find(portal_type="Resource", resource_type="fiche-metier")
    assert {tuple(b.trades) for b in fiches} == {
        ("tailleur-de-pierre",),
        ("regisseur-de-collections",),
    }
    stone = api.content.find(portal_type="Actor", trades="tailleur-de-pierre")
    assert len(stone) == 2


def test_demo_is_idempotent(portal):
    before = len(portal["jeunes-pros"]["offres"]), len(portal["jeunes-pros"]["metiers"])
    with api.env.adopt_roles(["Manager"]):
        opportunities.create(portal)
    after = len(portal["jeunes-pros"]["offres"]), len(portal["jeunes-pros"]["metiers"])
    assert before == after


DEMO_TITLES = {spec[0] for spec in opportunities.OFFERS if spec[7] >= 0}


def open_demo_titles(reader) -> set:
    """The demo offers the listing shows open, as a visitor reads it."""
    response = reader.get(
        "jeunes-pros/offres/@opportunities-geojson", params={"b_size": 1000}
    )
    assert response.status_code == 200
    titles = {f["properties"]["title"] for f in response.json()["features"]}
    return titles & (DEMO_TITLES | {"Guide de l'été au château de Mayenne"})


def test_an_old_demo_site_is_reopened_by_make_start(functional, clients, monkeypatch):
    """Eleven weeks after the site was made every demo deadline is past; what
    ``make start`` runs on an existing site (scripts/create_site.py) gives them
    their delay again from today, the expired one stays expired."""
    from datetime import datetime
    from datetime import time
    from datetime import timedelta
    from polepatrimoine.workflows.opportunities import command

    import transaction

    portal = functional["portal"]
    assert open_demo_titles(clients["anonymous"]) == DEMO_TITLES
    later = expiry.today() + timedelta(weeks=11)
    clock = datetime.combine(later, time(9), tzinfo=expiry.PARIS)
    monkeypatch.setattr(expiry, "now", lambda: clock)
    command.run(portal)
    transaction.commit()
    assert open_demo_titles(clients["anonymous"]) == set()

    reopened = opportunities.reopen(portal)
    transaction.commit()

    assert len(reopened) == len(DEMO_TITLES) == 11
    assert open_demo_titles(clients["anonymous"]) == DEMO_TITLES
    offers = {o.title: o for o in portal["jeunes-pros"]["offres"].objectValues()}
    assert api.content.get_state(offers["Guide de l'été au château de Mayenne"]) == (
        "expired"
    )
    assert offers["Stage en atelier de vitrail"].deadline == later + timedelta(days=30)
    # Run again the same day: nothing moves.
    assert opportunities.reopen(portal) == []


def test_reopen_leaves_real_offers_alone(functional, jeunes_pros, monkeypatch):
    """An offer of the site's own users named like a demo offer is not touched."""
    from datetime import datetime
    from datetime import time
    from datetime import timedelta
    from tests.fixtures.opportunities import make_offer

    portal = functional["portal"]
    real = make_offer(
        portal,
        jeunes_pros["alices"],
        title="Stage en atelier de vitrail",
        deadline=expiry.today() + timedelta(days=2),
    )
    later = expiry.today() + timedelta(weeks=11)
    clock = datetime.combine(later, time(9), tzinfo=expiry.PARIS)
    monkeypatch.setattr(expiry, "now", lambda: clock)
    opportunities.reopen(portal)
    assert real.deadline == later - timedelta(weeks=11) + timedelta(days=2)


def test_create_site_reopens_on_an_existing_site(instance):
    """``make start`` on an existing site runs the reopening (here a site
    without demo content: nothing to reopen, and nothing breaks)."""
    from tests.fixtures.instance import BIN
    from tests.fixtures.instance import ROOT

    import os
    import subprocess

    done = subprocess.run(
        [BIN / "zconsole", "run", instance, ROOT / "scripts" / "create_site.py"],
        env={**os.environ, "PLONE_DEMO_CONTENT": "1"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Demo offers past their deadline reopened: 0." in done.stdout
