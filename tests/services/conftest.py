from tests.workflows.workinggroups.conftest import live  # noqa: F401
from tests.workflows.workinggroups.conftest import scenario  # noqa: F401
