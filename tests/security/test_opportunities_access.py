"""Who sees an offer in each state, through every channel, and who publishes it.

Personas: anonymous, a member (bruno), the owner (alice), the coordinator of
the Jeunes-Pros working group (dora) and a site coordinator (claire). An offer's
contact address is never shown to anonymous visitors.
"""

from plone import api
from tests.fixtures.http import client
from tests.fixtures.opportunities import WORD
from tests.fixtures.opportunities import make_offer

import pytest
import transaction


STATES = ("private", "pending", "published", "expired")
CHANNELS = ("page", "rest", "search", "listing")
SEES = {
    "anonymous": {"published"},
    "bruno": {"published"},
    "alice": set(STATES),
    "dora": {"pending", "published", "expired"},
    "claire": set(STATES),
}
CONTACT = "recrutement@atelier.example.org"


@pytest.fixture
def people(clients, jeunes_pros, portal_url):
    return {**clients, "dora": client(portal_url, "dora@example.org")}


@pytest.fixture
def offers(jeunes_pros, members):
    portal = jeunes_pros["portal"]
    made = {
        state: make_offer(
            portal,
            jeunes_pros["alices"],
            title=f"Offre {state} {WORD}",
            state=state,
            owner=members["alice"],
        )
        for state in STATES
    }
    transaction.commit()
    return made


def sees(http, channel, offer) -> bool:
    title = offer.title
    if channel == "page":
        response = http.get(offer.absolute_url(), headers={"Accept": "text/html"})
        return (
            response.status_code == 200
            and title in response.text
            and "insufficient-privileges" not in response.url
            and "login" not in response.url
        )
    if channel == "rest":
        return http.get(offer.absolute_url()).status_code == 200
    if channel == "search":
        items = http.get(
            "@search", params={"SearchableText": WORD, "portal_type": "Opportunity"}
        ).json()["items"]
        return title in [i["title"] for i in items]
    if channel == "listing":
        items = http.get("jeunes-pros/offres", params={"b_size": 100}).json()["items"]
        return title in [i["title"] for i in items]
    raise AssertionError(channel)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("who", list(SEES))
def test_who_sees_which_state(people, offers, who, channel):
    seen = {state for state in STATES if sees(people[who], channel, offers[state])}
    assert seen == SEES[who]


def test_contact_hidden_from_anonymous_visitors(people, offers):
    anonymous = people["anonymous"]
    offer = offers["published"]
    page = anonymous.get(offer.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert offer.title in page.text
    assert CONTACT not in page.text
    data = anonymous.get(offer.absolute_url()).json()
    assert data["title"] == offer.title
    assert CONTACT not in str(data)
    for params in ({"metadata_fields": "_all"}, {"fullobjects": 1}):
        response = anonymous.get(
            "@search", params={"portal_type": "Opportunity", **params}
        )
        assert response.status_code == 200
        assert CONTACT not in response.text, params
    # The address is not searchable: a search must not confirm it.
    found = anonymous.get("@search", params={"SearchableText": "recrutement"}).json()
    assert found["items"] == []
    listing = anonymous.get("jeunes-pros/offres", params={"fullobjects": 1})
    assert listing.status_code == 200
    assert CONTACT not in listing.text


def test_contact_shown_to_members(people, offers):
    offer = offers["published"]
    assert people["bruno"].get(offer.absolute_url()).json()["contact_email"] == CONTACT
    page = people["bruno"].get(offer.absolute_url(), headers={"Accept": "text/html"})
    assert CONTACT in page.text


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("anonymous", False), ("bruno", False), ("alice", False), ("dora", True)],
)
def test_who_publishes_a_pending_offer(people, offers, who, allowed):
    url = offers["pending"].absolute_url()
    response = people[who].post(f"{url}/@workflow/publish")
    assert (response.status_code == 200) == allowed, response.text
    state = people["claire"].get(f"{url}/@workflow").json()["state"]["id"]
    assert state == ("published" if allowed else "pending")


def test_the_groups_coordinator_loses_the_right_with_the_role(
    people, offers, jeunes_pros
):
    from polepatrimoine.workflows.workinggroups import membership

    with api.env.adopt_roles(["Manager"]):
        membership.remove_member(jeunes_pros["group"], jeunes_pros["dora"])
    transaction.commit()
    url = offers["pending"].absolute_url()
    assert people["dora"].get(url).status_code in (401, 403)
    assert people["dora"].post(f"{url}/@workflow/publish").status_code in (401, 403)


def test_owner_submits_and_renews(people, offers):
    alice = people["alice"]
    private = offers["private"].absolute_url()
    assert alice.post(f"{private}/@workflow/submit").status_code == 200
    expired = offers["expired"].absolute_url()
    assert alice.post(f"{expired}/@workflow/renew").status_code == 200
    assert alice.get(f"{expired}/@workflow").json()["state"]["id"] == "pending"
    # The owner cannot publish their own offer, nor expire one.
    assert alice.post(f"{private}/@workflow/publish").status_code in (400, 401, 403)


def test_sitemap_lists_open_offers_only(people, offers, jeunes_pros):
    """Search engines' sitemap: published offers, not drafts, not past their deadline."""
    from plone.memoize.ram import global_cache
    from tests.fixtures.opportunities import in_days

    import gzip

    past = make_offer(
        jeunes_pros["portal"],
        jeunes_pros["alices"],
        title=f"Offre passée {WORD}",
        deadline=in_days(-1),
    )
    api.portal.set_registry_record("plone.enable_sitemap", True)
    transaction.commit()
    # RAM-cached by catalog counter, which restarts with each test's database.
    global_cache.invalidateAll()
    response = people["anonymous"].get("sitemap.xml.gz", params={"page": 1})
    sitemap = gzip.decompress(response.content).decode()
    listed = {name for name, o in offers.items() if o.absolute_url() in sitemap}
    assert listed == {"published"}
    assert past.absolute_url() not in sitemap


@pytest.mark.parametrize("state", ["pending", "published"])
def test_the_groups_coordinator_cannot_redirect_the_applications(people, offers, state):
    """A reviewer publishes or sends back; changing the contact e-mail would
    send the applicants' CVs elsewhere: neither REST nor the edit form."""
    offer = offers[state]
    url = offer.absolute_url()
    dora = people["dora"]
    patched = dora.patch(url, json={"contact_email": "pirate@example.net"})
    assert patched.status_code in (401, 403)
    form = client(login="dora@example.org", json=False).get(f"{url}/@@edit")
    assert 'name="form.widgets.contact_email"' not in form.text
    assert people["claire"].get(url).json()["contact_email"] == CONTACT
    # Site coordinators still edit it.
    fixed = people["claire"].patch(url, json={"contact_email": "rh@example.org"})
    assert fixed.status_code == 204
    assert people["claire"].get(url).json()["contact_email"] == "rh@example.org"
