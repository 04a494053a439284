"""Recording activity at a fixed time, as 19a's recorders do when something happens."""

from datetime import UTC
from datetime import datetime
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.notifications import digests

import transaction


def record_at(monkeypatch, when: datetime, group, kind, obj, actor):
    monkeypatch.setattr(store, "now", lambda: when.astimezone(UTC))
    entry = store.record(group, kind, obj=obj, actor=actor)
    transaction.commit()
    return entry


def clock(monkeypatch, when: datetime) -> None:
    monkeypatch.setattr(digests, "now", lambda: when)
