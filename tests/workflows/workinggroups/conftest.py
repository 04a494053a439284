from tests.workflows.workinggroups.scenario import build

import pytest
import transaction


@pytest.fixture
def scenario(integration):
    return build(integration["portal"])


@pytest.fixture
def live(functional):
    """The scenario, committed, served by the functional layer's WSGI server."""
    scenario = build(functional["portal"])
    transaction.commit()
    return scenario
