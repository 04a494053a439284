"""Offers made in the tests: one by one, or hundreds spread over every facet."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import OPPORTUNITY_KINDS
from polepatrimoine.content.vocabularies import OPPORTUNITY_LEVELS
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import random


CONTACT = "recrutement-secret@example.org"


def in_days(days: int) -> date:
    return expiry.today() + timedelta(days=days)


def structure(portal, title="Atelier des Jeunes-Pros"):
    found = api.content.find(portal_type="Actor", Title=title)
    if found:
        return found[0].getObject()
    return make_actor(portal, title=title, state="published")


def make_offer(
    portal,
    title="Stage de taille de pierre",
    state="published",
    position=(47.26, -0.08),
    actor=None,
    **values,
):
    """An offer of ``actor`` (a published actor by default), open 30 days."""
    actor = actor or structure(portal)
    fields = {
        "kind": "stage",
        "level": "cap-bep",
        "department": "49",
        "commune": "Saumur",
        "deadline": in_days(30),
        "contact_email": CONTACT,
        "trades": ["tailleur-de-pierre"],
        **values,
    }
    with api.env.adopt_roles(["Manager"]):
        offer = api.content.create(
            container=portal["jeunes-pros"]["offres"],
            type="Opportunity",
            title=title,
            structure=RelationValue(getUtility(IIntIds).getId(actor)),
            **fields,
        )
        if position is not None:
            offer.geolocation = Geolocation(*position)
        offer.reindexObject()
        if state != api.content.get_state(offer):
            api.content.transition(obj=offer, to_state=state)
    return offer


def trade_ids(portal) -> list[str]:
    return sorted(portal["jeunes-pros"]["metiers"].objectIds())


def generate(portal, count: int, seed: int = 17) -> list:
    """``count`` offers drawn over kinds, trades, départements, levels and
    states; some without a position, some past their deadline."""
    rng = random.Random(seed)
    actor = structure(portal)
    trades = trade_ids(portal)
    offers = []
    for number in range(count):
        state = rng.choice(["published"] * 6 + ["private", "pending"])
        offers.append(
            make_offer(
                portal,
                title=f"Offre générée {number}",
                state=state,
                actor=actor,
                position=None
                if rng.random() < 0.1
                else (47 + rng.random(), -1.5 + rng.random() * 2),
                kind=rng.choice(OPPORTUNITY_KINDS)[0],
                level=rng.choice(OPPORTUNITY_LEVELS)[0],
                department=rng.choice(DEPARTMENTS)[0],
                trades=rng.sample(trades, rng.choice([1, 1, 2, 3])),
                deadline=in_days(rng.choice([-3, -1, 0, 1, 5, 40])),
            )
        )
    return offers
