"""Finding offers leaks nothing: a private, pending or past offer never shows in
the listing, the facet counts, the map, RSS or iCalendar, whoever asks; an
offer's contact address is in none of them, nor the name of a structure
visitors may not see (an offer of a pending actor)."""

from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import apply
from tests.content.opportunities.jsonld import job_postings
from tests.content.opportunities.offers import CONTACT
from tests.content.opportunities.offers import WORD
from tests.content.opportunities.offers import make_offer
from tests.content.opportunities.offers import make_sample
from tests.fixtures.actors import make_actor
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


# A structure whose entry still awaits the coordinators: only its owner and
# the coordinators may see its name.
HIDDEN_STRUCTURE = "Atelier Confidentielvarennes"


@pytest.fixture
def pending_structure_offer(functional, members):
    portal = functional["portal"]
    actor = make_actor(
        portal, title=HIDDEN_STRUCTURE, state="pending", owner=members["alice"]
    )
    offer = make_offer(portal, title=f"Stage de vitrail {WORD}", actor=actor)
    transaction.commit()
    return actor, offer


def names_hidden_structure(reader, path, params=None) -> bool:
    response = reader.get(path, params=params)
    assert response.status_code == 200, (path, response.status_code)
    return HIDDEN_STRUCTURE in response.text


def test_a_pending_structure_is_never_named(pending_structure_offer, portal_url):
    actor, offer = pending_structure_offer
    anonymous = client(portal_url)
    page_reader = client(portal_url, json=False)
    query = {"SearchableText": WORD}
    for path, json in CHANNELS.values():
        reader = anonymous if json else page_reader
        assert not names_hidden_structure(reader, path, query), path
    # The offer is listed: only its structure's name is left out.
    assert "Stage de vitrail" in page_reader.get(CHANNELS["listing"][0]).text
    # @search: neither found by the structure's name nor showing it.
    found = anonymous.get("@search", params={"SearchableText": "Confidentielvarennes"})
    assert found.json()["items_total"] == 0
    listed = anonymous.get(
        "@search",
        params={"portal_type": "Opportunity", "metadata_fields": "structure_title"},
    )
    assert "Stage de vitrail" in listed.text
    assert HIDDEN_STRUCTURE not in listed.text
    # REST GET of the offer, its page and its JobPosting JSON-LD.
    rest = anonymous.get(offer.absolute_url())
    assert rest.status_code == 200
    assert rest.json()["structure"] is None
    assert HIDDEN_STRUCTURE not in rest.text
    page = page_reader.get(offer.absolute_url())
    assert HIDDEN_STRUCTURE not in page.text
    postings = job_postings(page.text)
    assert len(postings) == 1
    assert "hiringOrganization" not in postings[0]
    assert actor.absolute_url() not in page.text


def test_the_structure_is_named_once_published(
    pending_structure_offer, portal_url, functional
):
    """Publishing the actor reindexes its offers: its name reaches the listing
    and search without touching the offer."""
    actor, offer = pending_structure_offer
    admin = client(portal_url, admin=True)
    published = admin.post(f"{actor.absolute_url()}/@workflow/publish")
    assert published.status_code == 200
    anonymous = client(portal_url)
    page_reader = client(portal_url, json=False)
    assert names_hidden_structure(page_reader, CHANNELS["listing"][0])
    assert names_hidden_structure(anonymous, CHANNELS["geojson"][0])
    found = anonymous.get("@search", params={"SearchableText": "Confidentielvarennes"})
    assert f"Stage de vitrail {WORD}" in [i["title"] for i in found.json()["items"]]
    rest = anonymous.get(offer.absolute_url()).json()
    assert rest["structure"]["title"] == HIDDEN_STRUCTURE
    postings = job_postings(page_reader.get(offer.absolute_url()).text)
    assert postings[0]["hiringOrganization"]["name"] == HIDDEN_STRUCTURE


def test_the_acknowledgement_does_not_name_a_pending_structure(
    pending_structure_offer, smtp, clients
):
    _actor, offer = pending_structure_offer
    assert apply(clients["anonymous"], offer).status_code == 201
    (acknowledgement,) = smtp.to(APPLICANT)
    text = acknowledgement.get_body(("plain",)).get_content()
    assert "Stage de vitrail" in text
    assert HIDDEN_STRUCTURE not in acknowledgement.as_string()
