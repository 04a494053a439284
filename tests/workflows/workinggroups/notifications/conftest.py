from tests.workflows.workinggroups.agenda.world import build_world

import pytest
import transaction


@pytest.fixture
def world(functional):
    """The scenario with December 2026's meetings, committed, served over HTTP."""
    scenario = build_world(functional["portal"])
    transaction.commit()
    return scenario
