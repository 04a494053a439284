from polepatrimoine.policy.testing import FUNCTIONAL_TESTING
from polepatrimoine.policy.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import os
import pytest


os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = [
    "pytest_plone",
    "tests.fixtures.smtp",
    "tests.fixtures.browser",
    "tests.fixtures.actors",
    "tests.fixtures.calls",
    "tests.fixtures.http",
    "tests.fixtures.instance",
]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits live in the process's memory: each test starts with none used."""
    from polepatrimoine.content.common import ratelimit

    ratelimit.reset()
    yield
    ratelimit.reset()
