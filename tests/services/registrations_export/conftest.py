from tests.services.registrations.conftest import event_url  # noqa: F401
from tests.services.registrations.conftest import portal  # noqa: F401
