"""Contact details on public pages in the register: found, exported, erased over REST."""

from plone import api
from tests.content.meetings.helpers import make_event
from tests.fixtures.actors import make_actor
from tests.fixtures.http import client

import transaction


ADDRESS = "camille.zephyr@exemple.fr"


def test_contacts_found_exported_and_erased(functional):
    portal = functional["portal"]
    actor = make_actor(
        portal, title="Atelier Zéphyr", email=ADDRESS, phone="02 40 00 00 00"
    )
    event = make_event(portal["agenda"], obj_id="zephyr")
    event.contact_email, event.contact_name = ADDRESS, "Camille Zéphyr"
    event.reindexObject()
    other = make_actor(portal, title="Atelier voisin", email="autre@exemple.fr")
    transaction.commit()
    admin = client(admin=True)

    found = admin.get("@personal-data", params={"email": ADDRESS}).json()
    urls = {item["url"] for item in found["stores"]["contacts"]["items"]}
    assert urls == {actor.absolute_url(), event.absolute_url()}
    exported = admin.get("@personal-data-export", params={"email": ADDRESS}).json()
    records = exported["stores"]["contacts"]["records"]
    assert {record["url"] for record in records} == urls
    assert {record.get("contact_name") for record in records} == {
        None,
        "Camille Zéphyr",
    }

    erased = admin.post(
        "@personal-data-erase", json={"email": ADDRESS, "reason": "Demande du 30/11"}
    )
    assert erased.status_code == 200, erased.text
    page = admin.get(actor.absolute_url()).json()
    assert (page["email"], page["phone"]) == (None, None)
    assert admin.get(event.absolute_url()).json()["contact_email"] is None
    assert ADDRESS not in client(json=False).get(event.absolute_url()).text
    again = admin.get("@personal-data", params={"email": ADDRESS}).json()
    assert again["stores"]["contacts"]["items"] == []
    # The pages stay, and other people's details with them.
    transaction.begin()
    assert api.content.get(UID=other.UID()).email == "autre@exemple.fr"
    assert api.content.get(UID=actor.UID()).title == "Atelier Zéphyr"
