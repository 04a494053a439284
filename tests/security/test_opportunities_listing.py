"""Finding offers leaks nothing: a private, pending or past offer never shows in
the listing, the facet counts, the map, RSS or iCalendar, whoever asks; an
offer's contact address is in none of them."""

from tests.content.opportunities.offers import CONTACT
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import make_sample
from tests.fixtures.http import client

import pytest
import transaction


HIDDEN = (f"Offre privée {WORD}", f"Offre en attente {WORD}", f"Offre échue {WORD}")
SHOWN = f"Stage aux archives {WORD}"
CHANNELS = {
    "listing": ("jeunes-pros/offres", False),
    "listing-site": ("jeunes-pros/offres/@@opportunities", False),
    "geojson": ("jeunes-pros/offres/@opportunities-geojson", True),
    "geojson-site": ("@opportunities-geojson", True),
    "facets": ("jeunes-pros/offres/@opportunities-facets", True),
    "rss": ("jeunes-pros/offres/@@opportunities.rss", False),
    "ics": ("jeunes-pros/offres/@@opportunities.ics", False),
}


@pytest.fixture
def sample(functional, members):
    offers = make_sample(functional["portal"])
    transaction.commit()
    return offers


@pytest.mark.parametrize("channel", sorted(CHANNELS))
@pytest.mark.parametrize("who", ["anonymous", "alice", "claire", "admin"])
def test_hidden_offers_never_listed(sample, portal_url, channel, who):
    path, json = CHANNELS[channel]
    if who == "admin":
        reader = client(portal_url, admin=True, json=json)
    elif who == "anonymous":
        reader = client(portal_url, json=json)
    else:
        reader = client(portal_url, f"{who}@example.org", json=json)
    response = reader.get(path, params={"SearchableText": WORD})
    assert response.status_code == 200
    text = response.text
    for title in HIDDEN:
        assert title not in text
    assert CONTACT not in text
    assert "contact_email" not in text
    if channel == "facets":
        # 3 open offers: the alternance (44), the stage (49), the chantier (53).
        data = response.json()
        assert data["total"] == 3
        assert data["facets"]["department"]["44"] == 1
    elif channel.startswith("geojson"):
        assert len(response.json()["features"]) == 2
    else:
        assert SHOWN in text


def test_hidden_offers_cannot_be_asked_for(sample, portal_url):
    """No parameter opens the base query: the state or deadline asked for in
    the query string is not a filter of these channels."""
    reader = client(portal_url)
    for params in (
        {"review_state": "private"},
        {"review_state": ["pending", "private"]},
        {"opportunity_deadline": "2000-01-01"},
        {"portal_type": "Actor"},
    ):
        response = reader.get(
            "jeunes-pros/offres/@opportunities-geojson",
            params={"SearchableText": WORD, **params},
        )
        assert response.status_code == 200
        assert len(response.json()["features"]) == 2
        for title in HIDDEN:
            assert title not in response.text
