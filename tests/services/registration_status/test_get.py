"""GET @registration-status: what anyone may know of an event's places."""

from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register


def test_public_registration_status(portal, event_url, smtp):
    for n in range(3):
        register(event_url, person(n))
    response = client().get(f"{event_url}/@registration-status")
    assert response.status_code == 200
    data = response.json()
    assert (data["enabled"], data["open"], data["capacity"], data["places_left"]) == (
        True,
        True,
        2,
        0,
    )
    assert data["closes"].startswith(in_days(30).date().isoformat())
    assert "personne" not in response.text
    closed = make_event(portal["agenda"], obj_id="sans", capacity=0).absolute_url()
    data = client().get(f"{closed}/@registration-status").json()
    assert (data["enabled"], data["open"], data["closes"]) == (False, False, None)
