"""Each kind of entry is recorded by the action a user takes over HTTP, and read
back through ``@activity`` and ``@@activity`` (newest first, by kind, paged)."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from polepatrimoine.workflows.workinggroups.activity import store
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


class Clock:
    def __init__(self):
        self.now = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self):
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock(monkeypatch, live):
    """A fixed clock and a stream emptied of the scenario's making."""
    clock = Clock()
    monkeypatch.setattr(store, "now", clock)
    store.rewrite(live.group, lambda data: None)
    transaction.commit()
    return clock


def latest(s, persona="coordinator", **params):
    response = http(s, persona).get(
        f"{s.group.absolute_url()}/@activity", params=params, timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def first(s, **params):
    return latest(s, **params)["items"][0]


def test_added_changed_published_commented(live, clock):
    s = live
    member = http(s, "member")
    response = member.post(
        s.group.absolute_url(),
        json={"@type": "Document", "id": "ordre-du-jour", "title": "Ordre du jour"},
    )
    assert response.status_code == 201
    url = response.json()["@id"]
    entry = first(s)
    assert (entry["kind"], entry["title"], entry["url"]) == (
        "added",
        "Ordre du jour",
        url,
    )
    assert entry["actor"] == {"id": s.users["member"], "fullname": "Member"}
    assert entry["verb"] == "a ajouté"

    # Changes: one per item and user within the hour.
    for title in ("Ordre du jour v2", "Ordre du jour v3"):
        assert member.patch(url, json={"title": title}).status_code == 204
    assert first(s)["kind"] == "added"
    clock.now += timedelta(minutes=61)
    assert member.patch(url, json={"title": "Ordre du jour v4"}).status_code == 204
    assert member.patch(url, json={"title": "Ordre du jour v5"}).status_code == 204
    assert (
        http(s, "coordinator").patch(url, json={"title": "Ordre du jour"}).status_code
        == 204
    )
    changes = latest(s, kind="changed")["items"]
    assert [(c["kind"], c["actor"]["id"]) for c in changes] == [
        ("changed", s.users["coordinator"]),
        ("changed", s.users["member"]),
    ]
    # An entry shows the item as it is now.
    assert {c["title"] for c in changes} == {"Ordre du jour"}

    response = http(s, "coordinator").post(f"{url}/@workflow/publish")
    assert response.status_code == 200
    entry = first(s)
    assert (entry["kind"], entry["details"]) == ("published", {"transition": "publish"})

    response = member.post(f"{url}/@comments", json={"text": "D'accord."})
    assert response.status_code == 204
    comment_id = response.headers["Location"].rsplit("/", 1)[-1]
    entry = first(s)
    assert entry["kind"] == "commented"
    assert entry["url"] == f"{url}#{comment_id}"
    assert entry["details"] == {"comment_id": comment_id}


def test_joined_and_left(live, clock):
    s = live
    coordinator = http(s, "coordinator")
    response = coordinator.post(
        f"{s.group.absolute_url()}/@members",
        json={"user": s.users["outsider"], "role": "member"},
    )
    assert response.status_code == 201
    entry = first(s)
    assert (entry["kind"], entry["actor"]["id"], entry["details"]) == (
        "joined",
        s.users["outsider"],
        {"role": "member"},
    )
    assert entry["UID"] is None
    response = http(s, "outsider").delete(
        f"{s.group.absolute_url()}/@members/{s.users['outsider']}"
    )
    assert response.status_code == 204
    entry = first(s)
    assert (entry["kind"], entry["actor"]["id"]) == ("left", s.users["outsider"])
    # A role change is neither.
    coordinator.patch(
        f"{s.group.absolute_url()}/@members/{s.users['guest']}", json={"role": "member"}
    )
    assert first(s)["kind"] == "left"


def test_paging_and_filter(live, clock):
    s = live
    member = http(s, "member")
    for n in range(5):
        member.post(
            s.group.absolute_url(),
            json={"@type": "Document", "id": f"page-{n}", "title": f"Page {n}"},
        )
    found = latest(s, kind="added", b_size=2)
    assert [i["title"] for i in found["items"]] == ["Page 4", "Page 3"]
    total = found["items_total"]
    assert total >= 5
    assert found["batching"]["next"].endswith("b_start=2&b_size=2&kind=added")
    found = latest(s, kind="added", b_size=2, b_start=2)
    assert [i["title"] for i in found["items"]] == ["Page 2", "Page 1"]
    assert "prev" in found["batching"]
    assert latest(s, kind="joined,left")["items"] == []
    both = latest(s, kind="added,joined", b_size=100)
    assert {i["kind"] for i in both["items"]} == {"added"}
    # Newest first, whatever the kind.
    whens = [i["when"] for i in latest(s, b_size=100)["items"]]
    assert whens == sorted(whens, reverse=True)


def test_page_in_french(live, clock):
    s = live
    http(s, "member").post(
        s.group.absolute_url(),
        json={"@type": "Document", "id": "note-du-jour", "title": "Note du jour"},
    )
    page = http(s, "guest", json=False).get(
        f"{s.group.absolute_url()}/@@activity", params={"kind": "added"}, timeout=30
    )
    assert page.status_code == 200
    assert "Activité du groupe" in page.text
    # 08:00 UTC in March is 09:00 in Paris.
    assert "02/03/2026 à 09:00" in page.text
    assert "a ajouté" in page.text
    assert "Note du jour" in page.text
    # An unknown kind on the page lists everything rather than failing.
    page = http(s, "guest", json=False).get(
        f"{s.group.absolute_url()}/@@activity", params={"kind": "nope"}, timeout=30
    )
    assert page.status_code == 200
    assert "Note du jour" in page.text


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"kind": "deleted"}, "kind"),
        ({"kind": ["added", "changed"]}, "kind"),
        ({"kind": ","}, "kind"),
        ({"b_size": "abc"}, "b_size"),
        ({"b_size": "0"}, "b_size"),
        ({"b_size": "101"}, "b_size"),
        ({"b_size": "-1"}, "b_size"),
        ({"b_start": "x"}, "b_start"),
    ],
)
def test_bad_input(live, params, field):
    response = http(live, "member").get(
        f"{live.group.absolute_url()}/@activity", params=params, timeout=30
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert field in error["message"]
    assert error["type"] == "BadRequest"


def test_mail_poll_and_meeting_recorded_once(live, clock, smtp):
    """A group mail, a poll and the meeting it becomes are each one entry of
    their own kind (no generic "added" besides), and one e-mail each to a
    member who wants every item."""
    s = live
    assert (
        http(s, "member")
        .patch("@my-notifications", json={"groups": {s.group.UID(): "each"}})
        .ok
    )
    coordinator = http(s, "coordinator")
    group = s.group.absolute_url()
    response = coordinator.post(
        f"{group}/@group-mail",
        json={"subject": "Ordre du jour", "text": "Bonjour", "to": "all"},
    )
    assert response.status_code == 201, response.text
    response = coordinator.post(
        f"{group}/@polls",
        json={
            "title": "Réunion d'été",
            "dates": ["2027-06-03T14:00", "2027-06-10T14:00"],
        },
    )
    assert response.status_code == 201, response.text
    poll = response.json()["@id"]
    assert http(s, "member").post(f"{poll}/@polls", json={"answers": ["yes", "no"]}).ok
    response = coordinator.post(
        f"{poll}/@polls/close", json={"date": "2027-06-03T14:00"}
    )
    assert response.status_code == 200, response.text
    meeting = response.json()["meeting"]
    items = latest(s, b_size=100)["items"]
    assert [(i["kind"], i["details"].get("action")) for i in items] == [
        ("meeting", None),
        ("poll", "closed"),
        ("poll", "opened"),
        ("mail", None),
    ]
    assert items[0]["url"] == meeting
    assert items[0]["title"] == "Réunion d'été"
    assert items[0]["actor"]["id"] == s.users["coordinator"]
    page = http(s, "member", json=False).get(f"{group}/@@activity", timeout=30)
    assert "a prévu une réunion" in page.text
    # The group mail, the invitation and one notice per entry.
    smtp.wait(6)
    subjects = sorted(m["Subject"] for m in smtp.to(s.emails["member"]))
    assert len(subjects) == 6, subjects
    assert not [subject for subject in subjects if "Ajout" in subject], subjects


def test_deleted_comment_leaves_the_stream(live, clock):
    s = live
    url = s.internal.absolute_url()
    member = http(s, "member")
    kept = member.post(f"{url}/@comments", json={"text": "Je garde."})
    deleted = member.post(f"{url}/@comments", json={"text": "À effacer."})
    assert kept.status_code == deleted.status_code == 204
    kept_id = kept.headers["Location"].rsplit("/", 1)[-1]
    assert [i["details"] for i in latest(s, kind="commented")["items"]] == [
        {"comment_id": deleted.headers["Location"].rsplit("/", 1)[-1]},
        {"comment_id": kept_id},
    ]
    response = http(s, "coordinator").delete(deleted.headers["Location"])
    assert response.status_code == 204
    for persona in ("member", "coordinator"):
        items = latest(s, persona, kind="commented")["items"]
        assert [i["details"] for i in items] == [{"comment_id": kept_id}], persona
    page = http(s, "coordinator", json=False).get(
        f"{s.group.absolute_url()}/@@activity", params={"kind": "commented"}
    )
    assert page.text.count(f"#{kept_id}") == 1
    assert deleted.headers["Location"].rsplit("/", 1)[-1] not in page.text
