from polepatrimoine.policy.testing import FUNCTIONAL_TESTING
from polepatrimoine.policy.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import os
import pytest


os.environ.setdefault("zope_i18n_compile_mo_files", "true")
# The tests start their own instances and databases: a developer's production
# settings must not send them to a real database.
for name in ("RELSTORAGE_DSN", "PLONE_INSTANCES"):
    os.environ.pop(name, None)

pytest_plugins = [
    "pytest_plone",
    "tests.fixtures.smtp",
    "tests.fixtures.browser",
    "tests.fixtures.actors",
    "tests.fixtures.calls",
    "tests.fixtures.opportunities",
    "tests.fixtures.newsletter",
    "tests.fixtures.home",
    "tests.fixtures.http",
    "tests.fixtures.instance",
    "tests.fixtures.cluster",
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
