"""More places on an event promote its waiting list."""

from tests.fixtures.http import client
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register_confirmed


def test_more_places_promote_the_waiting_list(portal, event_url, smtp):
    for n in range(3):
        register_confirmed(event_url, person(n), smtp)
    smtp.clear()
    response = client(admin=True).patch(event_url, json={"capacity": 3})
    assert response.status_code == 204
    (message,) = smtp.wait(1)
    assert "personne2@exemple.fr" in message["X-Envelope-To"]
    assert listing(event_url).json()["waitlisted"] == 0
