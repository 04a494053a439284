"""@opportunities-facets: counts of the open offers per facet value, over HTTP."""

from datetime import timedelta
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import last_minute_of
from tests.content.opportunities.offers import make_sample
from tests.content.opportunities.offers import set_clock

import pytest
import transaction


@pytest.fixture
def sample(functional):
    offers = make_sample(functional["portal"])
    transaction.commit()
    return offers


def facets(client, **params):
    return client.get(
        "jeunes-pros/offres/@opportunities-facets",
        params={"SearchableText": WORD, **params},
    )


def test_counts(clients, sample):
    response = facets(clients["anonymous"])
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 3
    counts = data["facets"]
    assert set(counts) == {
        "opportunity_kind",
        "trade_families",
        "trades",
        "department",
        "opportunity_level",
    }
    assert counts["opportunity_kind"] == {
        "stage": 1,
        "alternance": 1,
        "emploi": 0,
        "service-civique": 0,
        "chantier": 1,
        "job-ete": 0,
    }
    # Neither the private, pending nor past offers (all in 44) count.
    assert counts["department"] == {"44": 1, "49": 1, "53": 1, "72": 0, "85": 0}
    assert counts["trades"]["tailleur-de-pierre"] == 2
    assert counts["trade_families"]["bati-restauration"] == 2
    assert counts["trade_families"]["metiers-art"] == 1
    assert counts["opportunity_level"]["sans-diplome"] == 1


def test_a_facet_keeps_its_other_values(clients, sample):
    """A facet's own selection is left out of its counts; the others apply it."""
    counts = facets(clients["anonymous"], department="44").json()
    assert counts["total"] == 1
    assert counts["facets"]["department"]["49"] == 1
    assert counts["facets"]["opportunity_kind"]["stage"] == 0
    assert counts["facets"]["opportunity_kind"]["alternance"] == 1


def test_bad_filter(clients, sample):
    response = facets(clients["anonymous"], opportunity_level="licence")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "opportunity_level"
    assert "valeur inconnue « licence »" in error["message"]


def test_counts_the_day_after_a_deadline(clients, sample, monkeypatch):
    last_minute = last_minute_of(sample["stage"].deadline)
    set_clock(monkeypatch, last_minute)
    assert facets(clients["anonymous"]).json()["facets"]["department"]["49"] == 1
    set_clock(monkeypatch, last_minute + timedelta(minutes=2))
    after = facets(clients["anonymous"]).json()
    assert after["total"] == 2
    assert after["facets"]["department"]["49"] == 0
    assert after["facets"]["opportunity_kind"]["stage"] == 0
