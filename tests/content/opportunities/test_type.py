"""The Opportunity and Trade types, their catalog entries and the trades vocabulary."""

from datetime import date
from plone import api
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest


@pytest.fixture
def site(integration):
    portal = integration["portal"]
    with api.env.adopt_roles(["Manager"]):
        yield portal


def relation(obj):
    return RelationValue(getUtility(IIntIds).getId(obj))


def test_trades_vocabulary_from_the_catalog(site, get_vocabulary):
    vocabulary = get_vocabulary("polepatrimoine.vocabularies.Trades", site)
    assert "tailleur-de-pierre" in vocabulary
    assert vocabulary.getTerm("tailleur-de-pierre").title == "Tailleur de pierre"
    assert len(vocabulary) >= 28


def test_opportunity_indexed(site):
    actor = make_actor(site, title="Atelier Pierre", state="published")
    offer = api.content.create(
        container=site["jeunes-pros"]["offres"],
        type="Opportunity",
        title="Stage de taille de pierre",
        kind="stage",
        level="cap-bep",
        department="49",
        commune="Saumur",
        deadline=date(2030, 5, 1),
        contact_email="atelier@example.org",
        structure=relation(actor),
        trades=["tailleur-de-pierre"],
    )
    brain = api.content.find(UID=offer.UID())[0]
    assert brain.opportunity_kind == "stage"
    assert brain.trades == ["tailleur-de-pierre"]
    assert brain.trade_families == ["bati-restauration"]
    assert brain.opportunity_deadline == date(2030, 5, 1)
    assert brain.structure_title == "Atelier Pierre"
    assert brain.department == "49"
    assert brain.commune == "Saumur"
