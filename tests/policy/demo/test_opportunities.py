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
