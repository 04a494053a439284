"""An offer someone else created for a structure belongs to the structure's
owners too: they find it in « Mes offres » with its applications, download
the files and get the week-before mail; nobody else does, and an owner removed
from the structure loses all of it."""

from plone import api
from polepatrimoine.workflows.opportunities import command
from tests.content.opportunities.applications.helpers import PDF
from tests.content.opportunities.applications.helpers import apply
from tests.fixtures.actors import make_actor
from tests.fixtures.http import client
from tests.fixtures.opportunities import in_days
from tests.fixtures.opportunities import make_offer
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import transaction


TITLE = "Stage de restauration Brocéliandine"


@pytest.fixture
def coordinators_offer(functional, members, smtp):
    """An offer claire (a coordinator) made for bruno's structure, applied to."""
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier de Bruno", owner=members["bruno"])
    offer = make_offer(portal, actor, title=TITLE, owner=members["claire"])
    transaction.commit()
    assert apply(client(), offer).status_code == 201
    smtp.clear()
    return actor, offer


def my_offers(who: str) -> list:
    response = client(login=f"{who}@example.org").get("@my-opportunities")
    assert response.status_code == 200
    return response.json()["items"]


def test_the_structures_owner_gets_the_applications(coordinators_offer):
    _actor, offer = coordinators_offer
    (item,) = my_offers("bruno")
    assert item["title"] == TITLE
    (application,) = item["applications"]
    assert application["fullname"] == "Zoé Apprentie"
    download = client(login="bruno@example.org").get(
        application["files"]["cv"]["download"]
    )
    assert download.status_code == 200
    assert download.content == PDF
    page = client(login="bruno@example.org", json=False).get("@@my-opportunities")
    assert TITLE in page.text
    assert "Zoé Apprentie" in page.text


def test_another_member_gets_nothing(coordinators_offer):
    _actor, offer = coordinators_offer
    assert my_offers("alice") == []
    (item,) = my_offers("bruno")
    link = item["applications"][0]["files"]["cv"]["download"]
    refused = client(login="alice@example.org").get(link)
    assert refused.status_code in (401, 403)
    assert PDF not in refused.content


def test_an_owner_removed_from_the_structure_loses_the_offer(
    coordinators_offer, members
):
    actor, _offer = coordinators_offer
    (item,) = my_offers("bruno")
    link = item["applications"][0]["files"]["cv"]["download"]
    with api.env.adopt_roles(["Manager"]):
        actor.manage_delLocalRoles([members["bruno"]])
        notify(ObjectModifiedEvent(actor))
    transaction.commit()
    assert my_offers("bruno") == []
    refused = client(login="bruno@example.org").get(link)
    assert refused.status_code in (401, 403)


def test_the_structures_owner_renews_an_expired_offer(functional, members):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier de Bruno", owner=members["bruno"])
    offer = make_offer(
        portal, actor, title=TITLE, owner=members["claire"], state="expired"
    )
    transaction.commit()
    (item,) = my_offers("bruno")
    assert item["can_renew"] is True
    renewed = client(login="bruno@example.org").post(
        "@my-opportunities",
        json={"renew": offer.UID(), "deadline": in_days(20).isoformat()},
    )
    assert renewed.status_code == 200, renewed.text
    assert renewed.json()["review_state"] == "pending"


def test_the_week_before_mail_reaches_the_structures_owners(functional, members, smtp):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier de Bruno", owner=members["bruno"])
    make_offer(portal, actor, title=TITLE, owner=members["claire"], deadline=in_days(3))
    transaction.commit()
    result = command.run(portal)
    transaction.commit()
    assert sorted(result["warned"]) == ["bruno@example.org", "claire@example.org"]
    messages = smtp.wait(2)
    # One mail each: neither learns the other's address.
    assert sorted(m["To"] for m in messages) == [
        "bruno@example.org",
        "claire@example.org",
    ]
    assert all(TITLE in m["Subject"] for m in messages)
