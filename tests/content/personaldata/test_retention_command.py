"""polepatrimoine-retention: every store's purge, with a fixed clock, dry run, failures."""

from datetime import datetime
from datetime import timedelta
from polepatrimoine.content.personaldata.commands import retention
from polepatrimoine.content.personaldata.register import providers
from tests.content.personaldata import retention_providers
from tests.fixtures.instance import BIN
from tests.fixtures.instance import ROOT

import logging
import pytest
import pytz
import subprocess
import transaction


NOW = datetime(2026, 6, 15, 3, 0, tzinfo=pytz.utc)


@pytest.fixture
def stores(functional):
    retention_providers.register(("test-dated",))
    portal = functional["portal"]
    dates = retention_providers.DatedStore().dates()
    dates.extend([NOW - timedelta(days=30), NOW - timedelta(days=8), NOW])
    transaction.commit()
    yield portal
    retention_providers.unregister(("test-dated",))


def finish():
    """What the console's ``zope_site`` does after the command's block."""
    if transaction.isDoomed():
        transaction.abort()
    else:
        transaction.commit()
    transaction.begin()


def stored_dates(portal):
    return list(getattr(portal, retention_providers.KEY))


def test_purges_every_store_at_the_given_time_and_logs_counts(stores, caplog):
    caplog.set_level(logging.INFO, logger="polepatrimoine.content")
    results = retention.run(NOW)
    finish()
    assert results["test-dated"] == 2
    assert set(results) == set(providers())
    assert stored_dates(stores) == [NOW]
    lines = [r.getMessage() for r in caplog.records if "Retention" in r.getMessage()]
    assert "Retention: test-dated: 2 record(s) treated" in lines
    # One line per store, counts only.
    assert len(lines) == len(providers())
    # Run again at the same time: nothing left.
    assert retention.run(NOW)["test-dated"] == 0


def test_the_clock_decides(stores):
    assert retention.run(NOW - timedelta(days=25), dry_run=True)["test-dated"] == 0
    finish()
    assert retention.run(NOW + timedelta(days=8))["test-dated"] == 3
    finish()
    assert stored_dates(stores) == []


def test_dry_run_counts_and_writes_nothing(stores, caplog):
    caplog.set_level(logging.INFO, logger="polepatrimoine.content")
    results = retention.run(NOW, dry_run=True)
    assert transaction.isDoomed()
    finish()
    assert results["test-dated"] == 2
    assert len(stored_dates(stores)) == 3
    assert (
        "Retention: test-dated: 2 record(s) would be treated (dry run)"
        in caplog.messages
    )


def test_a_failing_store_does_not_stop_the_others(stores, caplog, capsys):
    retention_providers.register(("test-broken",))
    try:
        results = retention.run(NOW)
        finish()
    finally:
        retention_providers.unregister(("test-broken",))
    # "test-broken" runs first (name order); "test-dated" still purges.
    assert results["test-broken"] is None
    assert results["test-dated"] == 2
    # The broken store's half-done write was rolled back, the other's kept.
    assert stored_dates(stores) == [NOW]
    assert any(
        "the store test-broken failed" in r.getMessage() and r.exc_info
        for r in caplog.records
    )
    assert retention.report(results, dry_run=False) == 1
    out = capsys.readouterr().out
    assert "test-broken: FAILED" in out
    assert "test-dated: 2" in out


def test_console_script_declared():
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="polepatrimoine-retention")
    assert script.load() is retention.main


def run_on_instance(*args, command=None):
    return subprocess.run(
        [*(command or [BIN / "polepatrimoine-retention"]), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_console_script_runs_on_an_instance(instance):
    for extra in ((), ("--dry-run",)):
        done = run_on_instance(instance, "Plone", *extra)
        assert done.returncode == 0, done.stderr
        verb = "would be treated (dry run)" if extra else "treated"
        assert f"record(s) {verb}" in done.stdout
        # One line per registered store of the instance, counts only.
        for name in providers():
            assert f"\n{name}: " in f"\n{done.stdout}"


def test_console_script_exit_status_when_a_store_fails(instance):
    done = run_on_instance(
        instance,
        "Plone",
        command=[
            BIN / "python",
            "-m",
            "tests.content.personaldata.retention_providers",
        ],
    )
    assert done.returncode == 1
    assert "test-broken: FAILED" in done.stdout
    assert "test-dated: 0" in done.stdout
    assert "the store test-broken failed" in done.stderr
