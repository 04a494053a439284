"""Applications to offers: only the offer's owner and the coordinators read them,
through every channel (the page, REST, the file downloads, search); applying
never reveals the offer's contact address."""

from plone import api
from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import CONTACT
from tests.content.opportunities.applications.helpers import PDF
from tests.content.opportunities.applications.helpers import apply
from tests.content.opportunities.applications.helpers import open_offer
from tests.fixtures.http import client

import pytest
import transaction


@pytest.fixture
def applied(clients, functional, members, smtp):
    offer = open_offer(functional, members)
    assert apply(clients["anonymous"], offer).status_code == 201
    item = clients["alice"].get("@my-opportunities").json()["items"][0]
    links = [f["download"] for a in item["applications"] for f in a["files"].values()]
    assert len(links) == 2
    return offer, links


def test_another_member_reads_nothing(clients, applied):
    offer, links = applied
    bruno = clients["bruno"]
    assert bruno.get("@my-opportunities").json()["items"] == []
    for link in links:
        response = bruno.get(link)
        # Zope challenges a user without the permission again (basic auth: 401).
        assert response.status_code in (401, 403)
        assert PDF not in response.content
    page = client(login="bruno@example.org", json=False).get("@@my-opportunities")
    assert page.status_code == 200
    assert "Zoé Apprentie" not in page.text
    assert offer.Title() not in page.text
    renew = bruno.post(
        "@my-opportunities", json={"renew": offer.UID(), "deadline": "2030-01-01"}
    )
    assert renew.status_code == 404


def test_a_reviewer_of_the_offer_reads_no_application(clients, applied, functional):
    """The Jeunes-Pros group's coordinators review offers (local Reviewer): they
    publish them, they do not read the applicants' files."""
    offer, links = applied
    with api.env.adopt_roles(["Manager"]):
        offer.manage_setLocalRoles(
            api.user.get(username="bruno@example.org").getId(), ["Reviewer", "Editor"]
        )
    transaction.commit()
    for link in links:
        response = clients["bruno"].get(link)
        assert response.status_code in (401, 403)
        assert PDF not in response.content


def test_visitors_are_refused_everywhere(clients, applied, portal_url):
    offer, links = applied
    anonymous = client(json=False)
    rest = clients["anonymous"].get("@my-opportunities")
    assert rest.status_code == 401
    page = anonymous.get("@@my-opportunities")
    assert "Zoé Apprentie" not in page.text
    assert "login" in page.url
    for link in links:
        response = anonymous.get(link)
        assert PDF not in response.content
        assert "login" in response.url or response.status_code in (401, 403)
        raw = clients["anonymous"].get(link, allow_redirects=False)
        assert raw.status_code in (302, 401, 403)


def test_search_and_the_offer_page_hold_no_application(clients, applied):
    offer, _links = applied
    for who in ("anonymous", "bruno", "alice"):
        found = (
            clients[who].get("@search", params={"SearchableText": "Apprentie"}).json()
        )
        assert found["items_total"] == 0
    page = client(json=False).get(offer.absolute_url())
    assert page.status_code == 200
    assert APPLICANT not in page.text
    assert "Zoé Apprentie" not in page.text


def test_applying_never_shows_the_contact_address(clients, applied):
    offer, _links = applied
    anonymous = client(json=False)
    for path in ("", "/@@opportunity-apply"):
        page = anonymous.get(offer.absolute_url() + path)
        assert page.status_code == 200
        assert CONTACT not in page.text
    assert CONTACT not in clients["anonymous"].get(offer.absolute_url()).text
