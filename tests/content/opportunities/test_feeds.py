"""RSS and iCalendar of the open offers per query, parsed as a feed reader and a calendar would."""

from datetime import timedelta
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import last_minute_of
from tests.content.opportunities.offers import make_sample
from tests.content.opportunities.offers import set_clock
from tests.fixtures.http import client
from xml.etree import ElementTree

import icalendar
import pytest
import transaction


@pytest.fixture
def sample(functional):
    offers = make_sample(functional["portal"])
    transaction.commit()
    return offers


@pytest.fixture
def feeds(portal_url, members):
    transaction.commit()
    reader = client(portal_url, json=False)

    def get(name, **params):
        return reader.get(
            f"jeunes-pros/offres/@@opportunities.{name}",
            params={"SearchableText": WORD, **params},
        )

    return get


def rss_items(response) -> dict:
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel, {item.findtext("title"): item for item in channel.iter("item")}


def events(response) -> dict:
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_rss_of_a_query(feeds, sample):
    response = feeds("rss", opportunity_kind="alternance", department="44")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/rss+xml")
    channel, items = rss_items(response)
    assert channel.findtext("title") == (
        f"Offres Jeunes-Pros du Patrimoine — Alternance · 44 – Loire-Atlantique · « {WORD} »"
    )
    assert channel.findtext("link").endswith(
        f"/jeunes-pros/offres?opportunity_kind=alternance&department=44&SearchableText={WORD}"
    )
    assert list(items) == [f"Alternance taille de pierre {WORD}"]
    item = items[f"Alternance taille de pierre {WORD}"]
    url = sample["alternance"].absolute_url()
    assert item.findtext("link") == url
    assert item.findtext("guid") == url
    assert item.findtext("category") == "Alternance"
    assert item.findtext("pubDate")
    description = item.findtext("description")
    assert (
        "Alternance (apprentissage) · Atelier des Jeunes-Pros · Nantes (44)"
        in description
    )
    assert "Date limite :" in description
    assert "recrutement-secret" not in response.text


def test_rss_lists_every_open_offer_only(feeds, sample):
    _channel, items = rss_items(feeds("rss"))
    assert sorted(items) == [
        f"Alternance taille de pierre {WORD}",
        f"Chantier de vitraux {WORD}",
        f"Stage aux archives {WORD}",
    ]


def test_ical_of_the_deadlines(feeds, sample):
    response = feeds("ics", opportunity_kind="stage,chantier")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    calendar, found = events(response)
    assert str(calendar["x-wr-calname"]).startswith("Offres Jeunes-Pros du Patrimoine")
    assert sorted(found) == [
        f"Date limite de candidature : Chantier de vitraux {WORD}",
        f"Date limite de candidature : Stage aux archives {WORD}",
    ]
    stage = found[f"Date limite de candidature : Stage aux archives {WORD}"]
    deadline = sample["stage"].deadline
    # An all-day event on the deadline.
    assert stage.decoded("dtstart") == deadline
    assert stage.decoded("dtend") == deadline + timedelta(days=1)
    assert str(stage["url"]) == sample["stage"].absolute_url()
    assert str(stage["location"]) == "Angers (49)"
    assert str(stage["uid"]).startswith(f"deadline-{sample['stage'].UID()}@")
    assert "recrutement-secret" not in response.text


@pytest.mark.parametrize("name", ["rss", "ics"])
def test_bad_filter_is_a_french_400(feeds, sample, name):
    response = feeds(name, department="75")
    assert response.status_code == 400
    assert response.text.startswith("Département (department) : valeur inconnue « 75 »")


def test_feeds_the_day_after_a_deadline(feeds, sample, monkeypatch):
    last_minute = last_minute_of(sample["stage"].deadline)
    set_clock(monkeypatch, last_minute)
    assert f"Stage aux archives {WORD}" in rss_items(feeds("rss"))[1]
    assert len(events(feeds("ics"))[1]) == 3
    set_clock(monkeypatch, last_minute + timedelta(minutes=2))
    assert f"Stage aux archives {WORD}" not in rss_items(feeds("rss"))[1]
    assert sorted(events(feeds("ics"))[1]) == [
        f"Date limite de candidature : Alternance taille de pierre {WORD}",
        f"Date limite de candidature : Chantier de vitraux {WORD}",
    ]
