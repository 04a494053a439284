"""What the registration attacks share: an event, the Classic UI form, a fixed clock."""

from datetime import timedelta
from polepatrimoine.content.meetings import registrations
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from tests.services.registrations.helpers import listing

import pytest
import re


# Named apart from the fixture: a test module imports it without shadowing.
@pytest.fixture(name="event_url")
def event_url_fixture(functional, clients):
    """A published event of two places, anonymous visitors welcome."""
    return make_event(functional["portal"]["agenda"], capacity=2).absolute_url()


def form_register(url, data, session=None, headers=None):
    """Fill in the registration form of the event page and send it."""
    session = session or client(json=False)
    page = session.get(url, headers=headers)
    token = re.search(
        r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page.text
    )
    # The consent box is ticked unless the test says consent="".
    form = {"consent": "on", **data, "_authenticator": token.group(1)}
    return session.post(f"{url}/@@meeting-registration", data=form, headers=headers)


def authenticator(page_text: str) -> str:
    return re.search(
        r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page_text
    ).group(1)


def stored(url) -> list:
    """The registrations as the organisers see them, through a second request."""
    return listing(url).json()["items"]


class Clock:
    """The time of the registrations' rules, moved by the test (the mail is real)."""

    def __init__(self, monkeypatch):
        self.now = registrations.now()
        monkeypatch.setattr(registrations, "now", lambda: self.now)

    def forward(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture(name="clock")
def clock_fixture(monkeypatch):
    return Clock(monkeypatch)
