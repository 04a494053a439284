"""The generated data, committed once per test (each test has its own storage)."""

from tests.content.observatory.generated import build

import pytest
import transaction


@pytest.fixture
def observed(world, clients):
    spec = build(world.portal)
    transaction.commit()
    return spec
