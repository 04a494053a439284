"""The applications' store in the register: find, export, erase, and the purge
after 30 days run by the retention command with a fixed clock."""

from datetime import timedelta
from polepatrimoine.content.common import mail
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.personaldata.commands import retention
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import apply
from tests.content.opportunities.applications.helpers import open_offer
from tests.content.opportunities.applications.helpers import stored

import pytest
import transaction


@pytest.fixture
def offer(functional, members):
    return open_offer(functional, members)


def downloads(client) -> list:
    items = client.get("@my-opportunities").json()["items"]
    return [
        f["download"] for a in items[0]["applications"] for f in a["files"].values()
    ]


def test_purged_after_30_days_by_the_retention_command(
    clients, offer, smtp, functional, monkeypatch
):
    assert apply(clients["anonymous"], offer).status_code == 201
    links = downloads(clients["alice"])
    assert len(links) == 2
    portal = functional["portal"]
    stored(portal, offer)
    start = expiry.now()

    monkeypatch.setattr(retention, "now", lambda: start + timedelta(days=29))
    assert retention.run()["opportunity_applications"] == 0
    transaction.commit()
    assert (
        len(
            clients["alice"].get("@my-opportunities").json()["items"][0]["applications"]
        )
        == 1
    )

    monkeypatch.setattr(retention, "now", lambda: start + timedelta(days=30, minutes=1))
    assert retention.run(dry_run=True)["opportunity_applications"] == 1
    transaction.abort()
    assert len(stored(portal, offer)) == 1
    assert retention.run()["opportunity_applications"] == 1
    transaction.commit()
    mail.wait_for_delivery()
    assert stored(portal, offer) == []
    assert (
        clients["alice"].get("@my-opportunities").json()["items"][0]["applications"]
        == []
    )
    for link in links:
        assert clients["alice"].get(link).status_code == 404


def test_find_export_erase(clients, offer, smtp, functional):
    assert apply(clients["anonymous"], offer).status_code == 201
    portal = functional["portal"]
    stored(portal, offer)
    provider = providers()["opportunity_applications"]
    person = Person(APPLICANT.upper())
    (found,) = provider.find(person)
    assert found["title"] == offer.Title()
    (exported,) = provider.export(person)
    assert exported["fullname"] == "Zoé Apprentie"
    assert exported["files"] == [("cv", "cv.pdf"), ("letter", "lettre.pdf")]
    assert exported["consent"]["version"]
    assert provider.find(Person("autre@example.org")) == []
    assert provider.erase(person) == 1
    transaction.commit()
    assert stored(portal, offer) == []
    assert provider.find(person) == []


def test_the_coordinators_erase_it_over_rest(clients, offer, smtp, functional):
    assert apply(clients["anonymous"], offer).status_code == 201
    found = clients["claire"].get("@personal-data", params={"email": APPLICANT}).json()
    assert len(found["stores"]["opportunity_applications"]["items"]) == 1
    response = clients["claire"].post(
        "@personal-data-erase",
        json={"email": APPLICANT, "reason": "Demande reçue par courriel"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["erased"]["opportunity_applications"] == 1
    assert stored(functional["portal"], offer) == []
