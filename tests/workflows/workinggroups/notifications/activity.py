"""Recording activity at a fixed time, as 19a's recorders do when something happens,
and reading the digests and mails the test's own personas got."""

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


def forget_building(world) -> None:
    """Empty the streams of the scenario's groups: built at the real date, their
    entries could fall within the fixed weeks of the tests."""
    for group in (world.group, world.other):
        store.clear(group)
    transaction.commit()


def to(smtp, address) -> list:
    """The mails to exactly that address (``smtp.to`` also matches
    "other-group-member@…" for "member@…")."""
    return [m for m in smtp.messages if m["To"] == address]


def ours(world, result) -> set:
    """The digests sent to the test's personas (the demo groups' members, whose
    content is dated the real day, may get theirs too)."""
    return set(result["sent"]) & set(world.emails.values())
