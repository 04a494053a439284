"""An offer is open until the end of its deadline day in Paris, for every channel."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from plone import api
from polepatrimoine.content.opportunities import expiry
from tests.fixtures.opportunities import in_days
from tests.fixtures.opportunities import make_offer

import pytest
import transaction


def at(day, hour, minute=0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=expiry.PARIS)


def test_now_is_aware_and_in_paris():
    now = expiry.now()
    assert now.tzinfo is not None
    assert now.utcoffset() in (timedelta(hours=1), timedelta(hours=2))


def test_deadline_day_in_paris_not_utc():
    deadline = date(2030, 6, 14)
    assert expiry.today(at(deadline, 23, 30)) == deadline
    # 00:30 in Paris the next day is still the deadline day in UTC.
    next_day = at(deadline + timedelta(days=1), 0, 30)
    assert next_day.astimezone(expiry.ZoneInfo("UTC")).date() == deadline
    assert expiry.today(next_day) == deadline + timedelta(days=1)


def test_open_query_fragment():
    query = expiry.open_query(at(date(2030, 6, 14), 12))
    assert query == {
        "portal_type": "Opportunity",
        "review_state": "published",
        "opportunity_deadline": {"query": date(2030, 6, 14), "range": "min"},
    }


@pytest.fixture
def offers(functional, jeunes_pros):
    portal = jeunes_pros["portal"]
    made = {
        "open": make_offer(
            portal, jeunes_pros["alices"], title="Ouverte", deadline=in_days(3)
        ),
        "pending": make_offer(
            portal, jeunes_pros["alices"], title="En attente", state="pending"
        ),
    }
    transaction.commit()
    return made


def open_titles(now=None) -> set:
    return {b.Title for b in api.content.find(**expiry.open_query(now))}


def test_open_until_the_end_of_the_deadline_day(offers):
    offer = offers["open"]
    deadline = offer.deadline
    for moment, is_open in (
        (at(deadline, 0, 1), True),
        (at(deadline, 23, 59), True),
        (at(deadline + timedelta(days=1), 0, 0), False),
        (at(deadline + timedelta(days=30), 12), False),
    ):
        assert expiry.is_open(offer, moment) is is_open, moment
        brain = api.content.find(UID=offer.UID())[0]
        assert expiry.is_open(brain, moment) is is_open, moment
        assert ("Ouverte" in open_titles(moment)) is is_open, moment
    assert "En attente" not in open_titles()
    assert not expiry.is_open(offers["pending"])


def test_the_clock_patched_once_moves_every_reader(offers, monkeypatch):
    deadline = offers["open"].deadline
    monkeypatch.setattr(expiry, "now", lambda: at(deadline + timedelta(days=1), 9))
    assert "Ouverte" not in open_titles()
    assert not expiry.is_open(offers["open"])
    assert expiry.is_past(offers["open"])


def test_plone_expires_hides_a_past_offer_from_visitors(clients, jeunes_pros, members):
    """Plone's own @search and folder listing follow ``expires``, set from the deadline."""
    offer = make_offer(
        jeunes_pros["portal"],
        jeunes_pros["alices"],
        title="Offre passée Ardoisine",
        deadline=in_days(-1),
        owner=members["alice"],
    )
    transaction.commit()
    assert offer.expires().asdatetime() == expiry.expires_at(in_days(-1))
    params = {"portal_type": "Opportunity", "SearchableText": "passée"}
    # Plone checks "Access inactive portal content" on the site: coordinators.
    for who, seen in (("anonymous", False), ("bruno", False), ("claire", True)):
        items = clients[who].get("@search", params=params).json()["items"]
        assert (offer.title in [i["title"] for i in items]) is seen, who
    listing = clients["anonymous"].get("jeunes-pros/offres").json()["items"]
    assert offer.title not in [i["title"] for i in listing]
