"""POST /@my-opportunities ``{"renew": uid, "deadline": …}``: renew an expired offer."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.opportunities import expiry
from tests.content.opportunities.applications.helpers import make_offer

import pytest
import re
import transaction


@pytest.fixture
def expired(functional, members):
    """Alice's offer, retired by the daily command after its deadline."""
    offer = make_offer(
        functional["portal"],
        title="Chantier-école échu",
        owner=members["alice"],
        deadline=expiry.today() - timedelta(days=3),
        state="expired",
    )
    transaction.commit()
    return offer


def reread(portal, offer):
    transaction.abort()
    portal._p_jar.sync()
    return portal.unrestrictedTraverse(offer.getPhysicalPath())


def test_renew_sends_it_back_to_review(clients, expired, functional):
    item = clients["alice"].get("@my-opportunities").json()["items"][0]
    assert (item["expired"], item["can_renew"], item["open"]) == (True, True, False)
    deadline = expiry.today() + timedelta(days=60)
    response = clients["alice"].post(
        "@my-opportunities",
        json={"renew": expired.UID(), "deadline": deadline.isoformat()},
    )
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "pending"
    assert response.json()["deadline"] == deadline.isoformat()
    offer = reread(functional["portal"], expired)
    assert offer.deadline == deadline
    assert api.content.get_state(offer) == "pending"
    # Plone's expires follows the new deadline.
    assert offer.expiration_date.asdatetime().date() == deadline + timedelta(days=1)


def test_an_offer_past_its_deadline_not_yet_retired(clients, members, functional):
    """Before the daily command retires it, renewing retires it first, as the
    command would, then sends it to review like any renewed offer."""
    offer = make_offer(
        functional["portal"],
        title="Stage d'hier",
        owner=members["alice"],
        deadline=expiry.today() - timedelta(days=1),
    )
    transaction.commit()
    item = clients["alice"].get("@my-opportunities").json()["items"][0]
    assert (item["review_state"], item["expired"], item["can_renew"]) == (
        "published",
        True,
        True,
    )
    deadline = expiry.today() + timedelta(days=10)
    response = clients["alice"].post(
        "@my-opportunities",
        json={"renew": offer.UID(), "deadline": deadline.isoformat()},
    )
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "pending"
    actions = [
        entry["action"]
        for entry in reread(functional["portal"], offer).workflow_history[
            "polepatrimoine_opportunity_workflow"
        ]
    ]
    assert actions[-2:] == ["expire", "renew"]


@pytest.mark.parametrize(
    ("deadline", "field"),
    [
        ("demain", "deadline"),
        ("2020-01-01", "deadline"),
        (None, "deadline"),
        ("far", "deadline"),
    ],
)
def test_bad_deadlines_are_refused(clients, expired, functional, deadline, field):
    if deadline == "far":
        deadline = (expiry.today() + timedelta(days=400)).isoformat()
    response = clients["alice"].post(
        "@my-opportunities", json={"renew": expired.UID(), "deadline": deadline}
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == field
    offer = reread(functional["portal"], expired)
    assert api.content.get_state(offer) == "expired"
    assert offer.deadline < expiry.today()


def test_an_open_offer_is_not_renewed(clients, members, functional):
    offer = make_offer(functional["portal"], owner=members["alice"])
    transaction.commit()
    response = clients["alice"].post(
        "@my-opportunities",
        json={"renew": offer.UID(), "deadline": expiry.today().isoformat()},
    )
    assert response.status_code == 409
    assert "n'a pas expiré" in response.json()["error"]["message"]


def test_renew_from_the_page(clients, expired, functional, portal_url):
    from tests.fixtures.http import client

    page_client = client(login="alice@example.org", json=False)
    page = page_client.get("@@my-opportunities")
    assert "Renouveler" in page.text
    token = re.search(
        r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page.text
    )
    token = token.group(1)
    deadline = expiry.today() + timedelta(days=20)
    done = page_client.post(
        "@@my-opportunities",
        data={
            "renew": expired.UID(),
            "deadline": deadline.isoformat(),
            "_authenticator": token,
        },
    )
    assert done.status_code == 200
    assert "a été renouvelée" in done.text
    offer = reread(functional["portal"], expired)
    assert offer.deadline == deadline
    assert api.content.get_state(offer) == "pending"
