"""@opportunities-geojson: the open offers on the map, filters, ETag and the day's change."""

from datetime import timedelta
from polepatrimoine.content.opportunities import expiry
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import last_minute_of
from tests.content.opportunities.offers import make_offer
from tests.content.opportunities.offers import make_sample
from tests.content.opportunities.offers import set_clock
from tests.content.opportunities.offers import titles

import pytest
import transaction


@pytest.fixture
def sample(functional):
    offers = make_sample(functional["portal"])
    transaction.commit()
    return offers


def geojson(client, **params):
    return client.get(
        "jeunes-pros/offres/@opportunities-geojson",
        params={"SearchableText": WORD, **params},
    )


def test_feature_collection(clients, sample):
    response = geojson(clients["anonymous"])
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/geo+json")
    data = response.json()
    assert data["type"] == "FeatureCollection"
    # Open offers with a position only: not the chantier (no position), never
    # the private, pending or past offers.
    assert titles(data["features"]) == [
        f"Alternance taille de pierre {WORD}",
        f"Stage aux archives {WORD}",
    ]
    alternance = next(
        f
        for f in data["features"]
        if f["properties"]["opportunity_kind"] == "alternance"
    )
    assert alternance["geometry"] == {"type": "Point", "coordinates": [-1.55, 47.21]}
    properties = alternance["properties"]
    assert properties["url"] == sample["alternance"].absolute_url()
    assert properties["category_title"] == "Alternance (apprentissage)"
    assert properties["city"] == "Nantes (44)"
    assert properties["trades"] == ["tailleur-de-pierre"]
    assert properties["structure_title"] == "Atelier des Jeunes-Pros"
    assert properties["deadline"] == sample["alternance"].deadline.isoformat()
    assert "contact_email" not in properties
    assert "recrutement-secret" not in response.text


def test_site_wide_and_filtered(clients, sample):
    anonymous = clients["anonymous"]
    site = anonymous.get(
        "@opportunities-geojson", params={"SearchableText": WORD, "department": "49"}
    )
    assert titles(site.json()["features"]) == [f"Stage aux archives {WORD}"]
    by_family = geojson(anonymous, trade_families="bati-restauration")
    assert titles(by_family.json()["features"]) == [
        f"Alternance taille de pierre {WORD}"
    ]
    two_kinds = geojson(anonymous, opportunity_kind="stage,alternance")
    assert len(two_kinds.json()["features"]) == 2


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "opportunity_kind",
            "cdi",
            "Type d'offre (opportunity_kind) : valeur inconnue « cdi » (valeurs possibles : "
            "alternance, chantier, emploi, job-ete, service-civique, stage).",
        ),
        ("department", "75", None),
        ("opportunity_level", "doctorat", None),
        ("trades", "astronaute", None),
        ("trade_families", "cuisine", None),
        ("SearchableText", "(", None),
    ],
)
def test_bad_filter_is_a_french_400(clients, sample, name, value, message):
    response = clients["anonymous"].get(
        "jeunes-pros/offres/@opportunities-geojson", params={name: value}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == name
    if message:
        assert error["message"] == message


def test_etag_answers_304_until_a_change(clients, sample, functional):
    anonymous = clients["anonymous"]
    etag = geojson(anonymous).headers["ETag"]
    again = anonymous.get(
        "jeunes-pros/offres/@opportunities-geojson",
        params={"SearchableText": WORD},
        headers={"If-None-Match": etag},
    )
    assert again.status_code == 304
    assert again.content == b""
    other = anonymous.get(
        "jeunes-pros/offres/@opportunities-geojson",
        params={"SearchableText": WORD, "department": "44"},
        headers={"If-None-Match": etag},
    )
    assert other.status_code == 200
    make_offer(functional["portal"], title=f"Nouvelle offre {WORD}")
    transaction.commit()
    changed = anonymous.get(
        "jeunes-pros/offres/@opportunities-geojson",
        params={"SearchableText": WORD},
        headers={"If-None-Match": etag},
    )
    assert changed.status_code == 200
    assert f"Nouvelle offre {WORD}" in titles(changed.json()["features"])


def test_an_offer_closes_the_day_after_its_deadline(clients, sample, monkeypatch):
    """No write, no command: the next day's clock alone takes the offer off the map."""
    anonymous = clients["anonymous"]
    last_minute = last_minute_of(sample["stage"].deadline)
    set_clock(monkeypatch, last_minute)
    still = geojson(anonymous)
    assert f"Stage aux archives {WORD}" in titles(still.json()["features"])
    set_clock(monkeypatch, last_minute + timedelta(minutes=2))
    after = geojson(anonymous)
    assert titles(after.json()["features"]) == [f"Alternance taille de pierre {WORD}"]


def test_the_etag_changes_with_the_day(functional, sample, monkeypatch):
    """Served with no caching rule (or the rules off), the service's own ETag
    still never answers 304 with the offers of the day before. (With the rules
    on, plone.app.caching's ETag carries the hour.)"""
    from polepatrimoine.content.interfaces import IBrowserLayer
    from zope.component import getMultiAdapter
    from zope.interface import alsoProvides

    request = functional["request"]
    alsoProvides(request, IBrowserLayer)
    service = getMultiAdapter(
        (functional["portal"], request),
        name="GET_application_json_@opportunities-geojson",
    )
    filters = {"department": ["44"]}
    today = service.etag(filters)
    assert service.etag(filters) == today
    tomorrow = expiry.now() + timedelta(days=1)
    monkeypatch.setattr(expiry, "now", lambda: tomorrow)
    assert service.etag(filters) != today
