"""The register's stores ``activity`` and ``comments``: a member's traces found,
exported, erased (then read again over HTTP) and purged."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.discussions.personaldata import ERASED
from tests.workflows.workinggroups.discussions.space import comment
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


WORD = "Mouflonite"


@pytest.fixture
def traces(live):
    s = live
    s.cid = comment(s, "member", s.internal, f"{WORD}, mon avis")
    assert s.cid is not None
    response = http(s, "member").post(
        s.group.absolute_url(),
        json={"@type": "Document", "id": "note-membre", "title": "Note du membre"},
    )
    assert response.status_code == 201
    transaction.begin()
    s.person = Person("member@example.org")
    return s


def stream(s):
    return (
        http(s, "coordinator")
        .get(f"{s.group.absolute_url()}/@activity", params={"b_size": 100})
        .json()["items"]
    )


def test_activity_found_exported_erased(traces):
    s = traces
    provider = providers()["activity"]
    found = provider.find(s.person)
    assert {f["url"] for f in found} == {f"{s.group.absolute_url()}/@@activity"}
    assert any("Note du membre" in f["summary"] for f in found)
    exported = provider.export(s.person)
    assert {e["kind"] for e in exported} >= {"joined", "added", "commented"}
    assert {e["actor"] for e in exported} == {s.users["member"]}
    count = provider.erase(s.person)
    transaction.commit()
    assert count == len(exported)
    assert provider.find(s.person) == []
    items = stream(s)
    assert s.users["member"] not in {i["actor"]["id"] for i in items}
    # What happened stays, without who did it.
    note = next(i for i in items if i["title"] == "Note du membre")
    assert note["actor"] == {"id": None, "fullname": None}


def test_activity_purged_after_24_months(traces):
    s = traces
    provider = providers()["activity"]
    total = len(store.entries(s.group, size=None))
    later = datetime.now(UTC) + timedelta(days=365 * 2 + 30)
    assert provider.purge(datetime.now(UTC)) == 0
    assert provider.purge(later, dry_run=True) >= total
    assert len(store.entries(s.group, size=None)) == total
    provider.purge(later)
    transaction.commit()
    assert store.entries(s.group, size=None) == []
    assert stream(s) == []


def test_comments_found_exported_erased(traces):
    s = traces
    provider = providers()["comments"]
    [found] = provider.find(s.person)
    assert found["url"] == f"{s.internal.absolute_url()}#{s.cid}"
    [exported] = provider.export(s.person)
    assert exported["text"] == f"{WORD}, mon avis"
    assert exported["author_username"] == s.users["member"]
    assert provider.erase(s.person) == 1
    transaction.commit()
    assert provider.find(s.person) == []
    data = (
        http(s, "coordinator")
        .get(f"{s.internal.absolute_url()}/@comments/{s.cid}")
        .json()
    )
    assert data["text"]["data"] == ERASED
    assert data["author_username"] is None
    assert data["author_name"] is None
    search = (
        http(s, "coordinator")
        .get(f"{s.portal.absolute_url()}/@search", params={"SearchableText": WORD})
        .json()
    )
    assert search["items_total"] == 0
    assert provider.purge(datetime.now(UTC) + timedelta(days=3650)) == 0
