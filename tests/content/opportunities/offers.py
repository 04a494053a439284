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

import datetime
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
    deadline = fields["deadline"]
    with api.env.adopt_roles(["Manager"]):
        offer = api.content.create(
            container=portal["jeunes-pros"]["offres"],
            type="Opportunity",
            title=title,
            structure=RelationValue(getUtility(IIntIds).getId(actor)),
            **{**fields, "deadline": max(deadline, in_days(1))},
        )
        if position is not None:
            offer.geolocation = Geolocation(*position)
        offer.reindexObject()
        if state != api.content.get_state(offer):
            api.content.transition(obj=offer, to_state=state)
        if deadline != offer.deadline:
            # Published while open, then its deadline passed (as time does).
            offer.deadline = deadline
            offer.reindexObject()
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


WORD = "Quillonoffre"


def make_sample(portal) -> dict:
    """Open offers over several facets, and one of each that must never show:
    private, pending, past its deadline. All titles carry ``WORD``."""
    offers = {
        "alternance": make_offer(
            portal,
            title=f"Alternance taille de pierre {WORD}",
            kind="alternance",
            kind_detail="apprentissage",
            department="44",
            commune="Nantes",
            level="bac",
            trades=["tailleur-de-pierre"],
            position=(47.21, -1.55),
            deadline=in_days(20),
        ),
        "stage": make_offer(
            portal,
            title=f"Stage aux archives {WORD}",
            kind="stage",
            department="49",
            commune="Angers",
            level="bac-5",
            trades=["archiviste"],
            position=(47.47, -0.55),
            deadline=in_days(2),
        ),
        "chantier": make_offer(
            portal,
            title=f"Chantier de vitraux {WORD}",
            kind="chantier",
            kind_detail="benevole",
            department="53",
            commune="Laval",
            level="sans-diplome",
            trades=["vitrailliste", "tailleur-de-pierre"],
            position=None,
            deadline=in_days(60),
        ),
        "private": make_offer(
            portal, title=f"Offre privée {WORD}", state="private", department="44"
        ),
        "pending": make_offer(
            portal, title=f"Offre en attente {WORD}", state="pending", department="44"
        ),
        "past": make_offer(
            portal,
            title=f"Offre échue {WORD}",
            department="44",
            deadline=in_days(-1),
        ),
    }
    return offers


def titles(features) -> list[str]:
    return sorted(f["properties"]["title"] for f in features)


def set_clock(monkeypatch, moment) -> None:
    """The site's time is ``moment``: the offers' clock, and the hour in the
    caching rules' ETag (without it, a page cached an hour before would still
    be served from Zope's RAM cache, as it is not in real life at midnight)."""
    from polepatrimoine.policy.caching import etags

    monkeypatch.setattr(expiry, "now", lambda: moment)
    monkeypatch.setattr(
        etags.Hour,
        "__call__",
        lambda self: moment.astimezone(datetime.UTC).strftime("%Y%m%d%H"),
    )


def last_minute_of(day):
    """23:59 in Paris on ``day``."""
    return datetime.datetime.combine(day, datetime.time(23, 59), tzinfo=expiry.PARIS)
