"""GET /@my-opportunities: the member's offers, state, deadline, applications."""

from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import PDF
from tests.content.opportunities.applications.helpers import apply
from tests.content.opportunities.applications.helpers import files
from tests.content.opportunities.applications.helpers import make_offer
from tests.content.opportunities.applications.helpers import open_offer

import pytest
import requests
import transaction


@pytest.fixture
def offer(functional, members):
    return open_offer(functional, members)


def test_the_owner_sees_the_applications_and_downloads_the_files(clients, offer, smtp):
    assert (
        apply(clients["anonymous"], offer, sent=files(letter=None)).status_code == 201
    )
    data = clients["alice"].get("@my-opportunities").json()
    assert data["items_total"] == 1
    (item,) = data["items"]
    assert item["title"] == offer.Title()
    assert item["review_state"] == "published"
    assert item["review_state_title"] == "Publiée"
    assert item["deadline"] == offer.deadline.isoformat()
    assert (item["open"], item["expired"], item["can_renew"]) == (True, False, False)
    (application,) = item["applications"]
    assert application["fullname"] == "Zoé Apprentie"
    assert application["email"] == APPLICANT
    assert application["message"].startswith("Bonjour,\nje prépare")
    assert application["date"].endswith(("+01:00", "+02:00"))
    assert set(application["files"]) == {"cv"}
    download = clients["alice"].get(application["files"]["cv"]["download"])
    assert download.status_code == 200
    assert download.content == PDF
    assert download.headers["Content-Type"] == "application/pdf"
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    assert "attachment" in download.headers["Content-Disposition"]
    assert "private" in download.headers["Cache-Control"]
    # The coordinators read them too.
    assert clients["claire"].get(application["files"]["cv"]["download"]).content == PDF


def test_only_the_members_own_offers(clients, offer, functional, members):
    make_offer(functional["portal"], title="Offre de Bruno", owner=members["bruno"])
    transaction.commit()
    titles = [
        i["title"] for i in clients["bruno"].get("@my-opportunities").json()["items"]
    ]
    assert titles == ["Offre de Bruno"]
    # A coordinator's "Mes offres" holds their own offers, not everyone's.
    assert clients["claire"].get("@my-opportunities").json()["items"] == []


def test_anonymous_gets_a_french_401(portal_url, offer):
    response = requests.get(
        f"{portal_url}/@my-opportunities",
        headers={"Accept": "application/json"},
        timeout=60,
    )
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Connectez-vous pour voir vos offres."


def test_the_page_lists_offers_and_applications(clients, offer, smtp, portal_url):
    apply(clients["anonymous"], offer)
    session = requests.Session()
    session.auth = ("alice@example.org", clients["alice"].session.auth[1])
    page = session.get(f"{portal_url}/@@my-opportunities", timeout=60)
    assert page.status_code == 200
    assert "Mes offres" in page.text
    assert offer.Title() in page.text
    assert "Zoé Apprentie" in page.text
    assert "/@@opportunity-application-file/" in page.text
    assert "Lettre de motivation" in page.text
    # The user menu links to it.
    home = session.get(portal_url, timeout=60)
    assert f"{portal_url}/@@my-opportunities" in home.text
