"""The events' registrations_count column follows registrations made, confirmed and
cancelled over HTTP (the observatory sums it without opening any registration)."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register_confirmed


def count(portal_url, uid):
    response = client(portal_url, admin=True).get(
        "@search",
        params={"UID": uid, "metadata_fields": "registrations_count"},
    )
    (item,) = response.json()["items"]
    return item["registrations_count"]


def test_count_follows_registrations(functional, smtp):
    portal = functional["portal"]
    event = make_event(portal["agenda"], "rencontre-comptee", capacity=5)
    url, uid = event.absolute_url(), event.UID()
    portal_url = portal.absolute_url()
    assert count(portal_url, uid) == 0

    assert register_confirmed(url, person(1), smtp) == "confirmed"
    assert register_confirmed(url, person(2), smtp) == "confirmed"
    assert count(portal_url, uid) == 2

    message = mails_to(smtp, person(1)["email"], 2)[1]
    token = cancel_link(message).group(2)
    response = client(portal_url).delete(f"{url}/@registrations/{token}")
    assert response.status_code < 300, response.text
    assert count(portal_url, uid) == 1
