"""A home page world: one item of each block, made now, with its hidden twins."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from tests.content.meetings.helpers import make_event
from tests.content.news.helpers import make_news
from tests.fixtures.actors import make_actor
from tests.fixtures.calls import make_call
from tests.fixtures.opportunities import in_days
from tests.fixtures.opportunities import make_offer

import pytest
import transaction


@pytest.fixture
def home_world(functional, members):
    """What each block must show (``shown``) and what it must not (``hidden``)."""
    portal = functional["portal"]
    news = make_news(portal, "nouvelle-accueil", title="Nouvelle du jour", days_ago=0)
    draft = make_news(
        portal,
        "brouillon-accueil",
        title="Brouillon secret",
        days_ago=0,
        state="private",
    )
    event = make_event(
        portal["agenda"],
        obj_id="rencontre-accueil",
        title="Rencontre de demain",
        start=_tomorrow(14),
        end=_tomorrow(17),
        commit=False,
    )
    private_event = make_event(
        portal["agenda"],
        obj_id="rencontre-privee",
        title="Rencontre privée",
        start=_tomorrow(10),
        end=_tomorrow(11),
        publish=False,
        commit=False,
    )
    with api.env.adopt_roles(["Manager"]):
        call = make_call(
            portal["accompagnement"],
            "appel-accueil",
            close_date=today() + timedelta(days=1),
        )
        closed = make_call(
            portal["accompagnement"],
            "appel-clos",
            close_date=today() + timedelta(days=2),
        )
        api.content.transition(obj=closed, transition="close")
    pending = make_actor(portal, title="Acteur en attente", state="pending")
    structure = make_actor(portal, title="Atelier des jeunes")
    offer = make_offer(
        portal, structure, title="Stage de l'accueil", deadline=in_days(10)
    )
    transaction.commit()
    return {
        "portal": portal,
        "shown": {
            "news": news,
            "events": event,
            "calls": call,
            "youth": offer,
        },
        "hidden": {
            "news": draft,
            "events": private_event,
            "calls": closed,
            "map": pending,
        },
    }


def _tomorrow(hour):
    from tests.content.meetings.helpers import in_days as event_days

    return event_days(1, hour)
