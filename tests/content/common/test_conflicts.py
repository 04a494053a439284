"""Each request Zope retries after a ConflictError leaves one line in the event log (counted by make bench-load)."""

from tests.content.common.test_mail import after_submit  # noqa: F401 (fixture)
from tests.content.common.test_mail import submit
from tests.content.common.test_mail import world  # noqa: F401 (fixture)
from ZODB.POSException import ConflictError

import logging


def retried(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.getMessage().startswith("ConflictError retried")
    ]


def test_a_retried_conflict_is_logged_once_per_retry(world, after_submit, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="polepatrimoine")
    after_submit(ConflictError(), ConflictError())
    response, _ = submit(world)
    assert response.status_code == 200, response.text
    lines = retried(caplog)
    assert len(lines) == 2
    assert all(line.startswith("ConflictError retried: POST http") for line in lines)


def test_a_request_without_conflict_logs_none(world, after_submit, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="polepatrimoine")
    response, _ = submit(world)
    assert response.status_code == 200, response.text
    assert retried(caplog) == []


def test_an_error_that_is_not_retried_logs_none(world, after_submit, caplog):  # noqa: F811
    caplog.set_level(logging.INFO, logger="polepatrimoine")
    after_submit(RuntimeError("a later step failed"))
    response, _ = submit(world)
    assert response.status_code == 500
    assert retried(caplog) == []
