"""@applications-export: the jury and the coordinators only."""

from tests.services.calls_http import JURY_ONLY
from tests.services.calls_http import as_user

import pytest


@pytest.mark.parametrize(("user", "status"), JURY_ONLY)
def test_export(world, apps, user, status):
    response = as_user(user).get(f"{world.call.absolute_url()}/@applications-export")
    assert response.status_code == status
    if status == 200:
        assert response.headers["Content-Type"].startswith("text/csv")
        text = response.content.decode("utf-8-sig")
        assert "Atelier du patrimoine" in text
        assert "73282932000074" in text
        assert "Note totale" in text.splitlines()[0]
