"""The offers' facets: counts against a brute-force count, open offers only, no offer woken."""

from plone import api
from polepatrimoine.content.common.facets import FilterError
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities import search
from polepatrimoine.content.opportunities.opportunity import Opportunity
from tests.content.opportunities.offers import generate
from tests.content.opportunities.offers import make_offer
from zope.component import getMultiAdapter
from zope.globalrequest import setRequest
from zope.interface import alsoProvides

import json
import pytest
import transaction


@pytest.fixture(scope="module")
def filter_sets():
    return [
        {},
        {"opportunity_kind": ["alternance", "stage"]},
        {"department": ["44"], "opportunity_level": ["bac", "bac-5"]},
        {"trade_families": ["bati-restauration", "archeologie"]},
        {"trades": ["tailleur-de-pierre", "archeologue"], "department": ["49", "85"]},
        {"opportunity_kind": ["emploi"], "trade_families": ["metiers-art"]},
    ]


def values_of(offer) -> dict:
    """The facets' values of an offer, read from the offer itself."""
    trades = offer.aq_parent.aq_parent["metiers"]
    return {
        "opportunity_kind": {offer.kind},
        "trade_families": {trades[t].family for t in offer.trades},
        "trades": set(offer.trades),
        "department": {offer.department},
        "opportunity_level": {offer.level},
    }


def matches(offer, filters, exclude=None) -> bool:
    """Open (published, deadline today or later) and matching every filter but ``exclude``."""
    if api.content.get_state(offer) != "published":
        return False
    if offer.deadline < expiry.today():
        return False
    values = values_of(offer)
    return all(
        values[name] & set(chosen)
        for name, chosen in filters.items()
        if name != exclude
    )


def brute_force(offers, filters, name, tokens) -> dict:
    matching = [offer for offer in offers if matches(offer, filters, exclude=name)]
    return {t: sum(t in values_of(offer)[name] for offer in matching) for t in tokens}


def test_counts_are_a_brute_force_count(integration, filter_sets):
    portal = integration["portal"]
    offers = generate(portal, 240)
    with api.env.adopt_roles(["Anonymous"]):
        for filters in filter_sets:
            counts = search.OFFERS.facet_counts(filters)
            for name in search.FACETS:
                tokens = [token for token, _title in search.OFFERS.items(name)]
                expected = brute_force(offers, filters, name, tokens)
                assert counts[name] == expected, (filters, name)
            total = len(search.OFFERS.search(filters))
            assert total == sum(matches(offer, filters) for offer in offers)
    everything = search.OFFERS.facet_counts({})["opportunity_kind"]
    # Past deadlines, private and pending offers are left out, yet many count.
    assert 50 < sum(everything.values()) < 240


def test_trades_facet_lists_the_trades_of_the_site(integration):
    tokens = dict(search.OFFERS.items("trades"))
    assert tokens["tailleur-de-pierre"] == "Tailleur de pierre"
    with pytest.raises(FilterError) as error:
        search.OFFERS.filters_from_form({"trades": "astronaute"})
    assert error.value.field == "trades"


def awake_offers(connection) -> list:
    return [
        obj
        for _oid, obj in connection._cache.lru_items()
        if isinstance(obj, Opportunity)
    ]


def test_listing_counting_mapping_feeds_wake_no_offer(functional):
    portal = functional["portal"]
    for number in range(4):
        make_offer(portal, title=f"Offre endormie {number}", department="44")
    transaction.commit()
    connection = portal._p_jar
    connection.cacheMinimize()
    assert awake_offers(connection) == []

    request = functional["request"]
    alsoProvides(request, IBrowserLayer)
    setRequest(request)
    offres = portal["jeunes-pros"]["offres"]
    with api.env.adopt_roles(["Anonymous"]):
        request.form.update({"department": "44"})
        geojson = json.loads(
            getMultiAdapter(
                (offres, request), name="GET_application_json_@opportunities-geojson"
            ).render()
        )
        facets = getMultiAdapter(
            (offres, request), name="GET_application_json_@opportunities-facets"
        ).reply()
        html = api.content.get_view("opportunities", offres, request)()
        rss = api.content.get_view("opportunities.rss", offres, request)()
        ics = api.content.get_view("opportunities.ics", offres, request)()

    assert len(geojson["features"]) == 4
    assert facets["facets"]["department"]["44"] == 4
    assert "Offre endormie 3" in html
    assert b"Offre endormie 2" in rss
    assert b"Offre endormie 1" in ics
    assert awake_offers(connection) == []


def test_an_offer_is_one_catalog_record(functional):
    """Indexing an offer reads its trades' families from the catalog: that read
    must not index the same offer a second time (it would count twice)."""
    from plone.dexterity.utils import createContentInContainer
    from tests.content.opportunities.offers import in_days

    portal = functional["portal"]
    catalog = portal.portal_catalog._catalog
    with api.env.adopt_roles(["Manager"]):
        offer = createContentInContainer(
            portal["jeunes-pros"]["offres"],
            "Opportunity",
            checkConstraints=False,
            title="Une seule fiche",
            kind="stage",
            level="bac",
            department="44",
            commune="Nantes",
            trades=["archiviste"],
            deadline=in_days(5),
            contact_email="une@example.org",
        )
        transaction.commit()
    path = "/".join(offer.getPhysicalPath())
    assert list(catalog.paths.values()).count(path) == 1
    assert len(catalog.paths) == len(catalog.uids)
