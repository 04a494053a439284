"""An event of two places, on the functional layer."""

from tests.content.meetings.helpers import make_event

import pytest


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def event_url(portal):
    return make_event(portal["agenda"], capacity=2).absolute_url()
