"""jeunes-pros/offres (@@opportunities): facets, counts, French plurals, pages, the map."""

from datetime import timedelta
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import last_minute_of
from tests.content.opportunities.offers import make_offer
from tests.content.opportunities.offers import make_sample
from tests.content.opportunities.offers import set_clock
from tests.fixtures.http import client

import lxml.html
import pytest
import re
import transaction


@pytest.fixture
def sample(functional):
    offers = make_sample(functional["portal"])
    transaction.commit()
    return offers


@pytest.fixture
def page(portal_url, members):
    transaction.commit()
    visitor = client(portal_url, json=False)

    def get(**params):
        response = visitor.get("jeunes-pros/offres", params=params)
        return response, lxml.html.fromstring(response.text)

    return get


def listed(tree) -> list[str]:
    return sorted(
        a.text_content().strip()
        for a in tree.cssselect("#opportunities-list .opportunity-title")
    )


def count_of(tree, facet, token) -> int:
    (badge,) = tree.cssselect(f"label[for={facet}-{token}] .facet-count")
    return int(badge.text_content())


def test_lists_the_open_offers_with_their_counts(page, sample):
    response, tree = page(SearchableText=WORD)
    assert response.status_code == 200
    assert listed(tree) == [
        f"Alternance taille de pierre {WORD}",
        f"Chantier de vitraux {WORD}",
        f"Stage aux archives {WORD}",
    ]
    assert tree.cssselect("#opportunities-total")[0].text_content() == (
        "3 offres ouvertes"
    )
    assert "1 offre sans position sur la carte" in response.text
    assert count_of(tree, "department", "44") == 1
    assert count_of(tree, "trades", "tailleur-de-pierre") == 2
    assert count_of(tree, "opportunity_kind", "chantier") == 1
    # Facet values no open offer has are not offered.
    assert not tree.cssselect("label[for=opportunity_kind-emploi]")
    item = tree.cssselect("#opportunities-list li")[0]
    text = " ".join(item.text_content().split())
    assert "Alternance (apprentissage)" in text or "Stage" in text
    assert "Candidater avant la fin du" in text
    assert "recrutement-secret" not in response.text


def test_filters_map_and_feeds_follow_the_query(page, sample):
    response, tree = page(SearchableText=WORD, opportunity_kind="alternance")
    assert listed(tree) == [f"Alternance taille de pierre {WORD}"]
    assert tree.cssselect("#opportunities-total")[0].text_content() == (
        "1 offre ouverte"
    )
    assert tree.cssselect("#opportunity_kind-alternance")[0].get("checked")
    (map_,) = tree.cssselect("#actors-map")
    assert map_.get("data-geojson-url").endswith(
        f"/jeunes-pros/offres/@opportunities-geojson?opportunity_kind=alternance&SearchableText={WORD}"
    )
    rss = tree.cssselect("#opportunities-rss")[0].get("href")
    ics = tree.cssselect("#opportunities-ical")[0].get("href")
    assert rss.endswith(
        "/@@opportunities.rss?opportunity_kind=alternance&SearchableText=" + WORD
    )
    assert ics.endswith(
        "/@@opportunities.ics?opportunity_kind=alternance&SearchableText=" + WORD
    )


def test_no_offer(page, sample):
    _response, tree = page(SearchableText=WORD, department="72")
    assert listed(tree) == []
    assert tree.cssselect("#opportunities-total")[0].text_content() == (
        "0 offre ouverte"
    )
    assert "Aucune offre ouverte ne correspond à ces filtres." in _response.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"department": "75"},
            "Département (department) : valeur inconnue « 75 » (valeurs possibles : 44, 49, 53, 72, 85).",
        ),
        (
            {"opportunity_kind": "cdi"},
            "Type d'offre (opportunity_kind) : valeur inconnue « cdi »",
        ),
        ({"b_start": "-3"}, "b_start"),
    ],
)
def test_bad_filter_is_said_in_french(page, sample, params, message):
    response, tree = page(**params)
    assert response.status_code == 400
    assert message in tree.cssselect("#opportunities-error")[0].text_content()
    # The page still lists the open offers.
    assert f"Stage aux archives {WORD}" in listed(tree)


def test_pages_of_twenty(page, functional, sample):
    for number in range(22):
        make_offer(
            functional["portal"],
            title=f"Offre paginée {number:02d} {WORD}",
            deadline=sample["chantier"].deadline + timedelta(days=number + 1),
        )
    transaction.commit()
    _response, first = page(SearchableText=WORD)
    _response, second = page(SearchableText=WORD, b_start="20")
    assert len(listed(first)) == 20
    # Soonest deadline first: the stage (2 days) opens the first page.
    assert first.cssselect("#opportunities-list .opportunity-title")[
        0
    ].text_content() == (f"Stage aux archives {WORD}")
    assert len(listed(second)) == 5
    assert not set(listed(first)) & set(listed(second))
    assert first.cssselect("#opportunities-total")[0].text_content() == (
        "25 offres ouvertes"
    )


def test_gone_the_day_after_its_deadline(page, sample, monkeypatch):
    last_minute = last_minute_of(sample["stage"].deadline)
    set_clock(monkeypatch, last_minute)
    assert f"Stage aux archives {WORD}" in listed(page(SearchableText=WORD)[1])
    set_clock(monkeypatch, last_minute + timedelta(minutes=2))
    _response, tree = page(SearchableText=WORD)
    assert f"Stage aux archives {WORD}" not in listed(tree)
    # Its département counts no open offer any more: the value is not offered.
    assert not tree.cssselect("label[for=department-49]")


def test_the_map_shows_the_filtered_offers(portal_url, sample, new_page):
    visitor = new_page()
    visitor.goto(f"{portal_url}/jeunes-pros/offres?SearchableText={WORD}")
    visitor.wait_for_selector("#actors-map.actors-map-loaded")
    assert visitor.locator("#actors-map").get_attribute("data-markers") == "2"
    visitor.check("#department-44")
    visitor.click("#opportunities-filters button[type=submit]")
    visitor.wait_for_url(re.compile(r".*department=44.*"))
    visitor.wait_for_selector("#actors-map.actors-map-loaded")
    assert visitor.locator("#actors-map").get_attribute("data-markers") == "1"
    visitor.locator(".leaflet-marker-icon").first.click()
    popup = visitor.locator(".actor-popup")
    assert f"Alternance taille de pierre {WORD}" in popup.inner_text()
    assert "Alternance (apprentissage) · Nantes (44)" in popup.inner_text()
