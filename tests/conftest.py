from polepatrimoine.policy.testing import FUNCTIONAL_TESTING
from polepatrimoine.policy.testing import INTEGRATION_TESTING
from pytest_plone import fixtures_factory

import os


os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = [
    "pytest_plone",
    "tests.fixtures.smtp",
    "tests.fixtures.browser",
    "tests.fixtures.actors",
    "tests.fixtures.calls",
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
