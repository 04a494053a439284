"""The activity store: newest first, bounded, filtered by kind, date and viewer."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.activity.interfaces import IActivityRecorded
from zope.component import getGlobalSiteManager

import pytest


@pytest.fixture
def clock(monkeypatch):
    """A clock that moves one minute at each entry."""
    times = iter(
        datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=n)
        for n in range(10000)
    )
    monkeypatch.setattr(store, "now", lambda: next(times))


def _clear(group):
    store.rewrite(group, lambda data: None)


def test_record_and_read_newest_first(scenario, clock):
    group = scenario.group
    _clear(group)
    first = store.record(
        group, "added", scenario.internal, actor=scenario.users["member"]
    )
    second = store.record(group, "joined", actor=scenario.users["guest"], role="guest")
    assert first.when == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert first.uid == scenario.internal.UID()
    assert first.url == "/".join(scenario.internal.getPhysicalPath())
    assert first.title.startswith("Note")
    assert second.uid is None
    assert second.details == {"role": "guest"}
    assert [e.id for e in store.entries(group)] == [second.id, first.id]
    assert [e.kind for e in store.entries(group, kinds=["added"])] == ["added"]
    assert store.entries(group, since=second.when) == [second]
    assert store.entries(group, start=1, size=5) == [first]
    assert store.count(group) == 2


def test_unknown_kind_is_refused(scenario):
    with pytest.raises(ValueError, match="deleted"):
        store.record(scenario.group, "deleted", scenario.internal)


def test_bounded(scenario, clock, monkeypatch):
    group = scenario.group
    _clear(group)
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    made = [
        store.record(group, "changed", scenario.internal, actor="x") for _ in range(5)
    ]
    assert [e.id for e in store.entries(group)] == [e.id for e in reversed(made[2:])]
    assert store.count(group) == 3


def test_event_notified(scenario, clock):
    seen = []
    gsm = getGlobalSiteManager()

    def handler(event):
        seen.append(event)

    gsm.registerHandler(handler, (IActivityRecorded,))
    try:
        entry = store.record(
            scenario.group, "mail", scenario.published, subject="Ordre du jour"
        )
    finally:
        gsm.unregisterHandler(handler, (IActivityRecorded,))
    assert [(e.group, e.entry) for e in seen] == [(scenario.group, entry)]


def test_viewer_sees_only_what_they_may_view(scenario, clock):
    group = scenario.group
    _clear(group)
    with api.env.adopt_user(username=scenario.emails["member"]):
        draft = api.content.create(
            container=group, type="Document", id="brouillon", title="Brouillon"
        )
    restricted = scenario.folder
    restricted.manage_permission("View", ["GroupCoordinator", "Manager"], acquire=False)
    restricted.reindexObjectSecurity()
    store.record(group, "added", scenario.internal, actor="a")
    store.record(group, "added", restricted, actor="a")
    store.record(group, "joined", actor="b")
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        gone = api.content.create(
            container=group, type="Document", id="efface", title="Effacé"
        )
        store.record(group, "added", gone, actor="a")
        api.content.delete(gone)
    everything = {e.title for e in store.entries(group, size=None)}
    assert everything == {scenario.internal.title, restricted.title, "", "Effacé"}

    def titles(persona):
        return {
            e.title
            for e in store.entries(group, viewer=scenario.users[persona], size=None)
        }

    assert titles("coordinator") == {scenario.internal.title, restricted.title, ""}
    assert titles("member") == {scenario.internal.title, ""}
    assert titles("guest") == {scenario.internal.title, ""}
    assert titles("outsider") == set()
    assert titles("other_group_member") == set()
    assert store.count(group, viewer=scenario.users["guest"]) == 2
    assert store.entries(group, viewer="nobody-at-all") == []
    assert draft is not None
