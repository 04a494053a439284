"""The shared agenda, the private feeds and the digests leak nothing, per role and channel.

Roles: anonymous, a user outside the group, a member of another group, the
group's guest, member and coordinator. Channels: the month page, REST
``@group-agenda``, the private feed, ``@my-notifications``, the digest and the
per-item e-mails. The group's meetings include one only Owner may View
(« Réunion confidentielle ») and a network meeting still private that names
the group (« Brouillon réseau »): nobody of the group ever sees those.
"""

from datetime import timedelta
from polepatrimoine.workflows.workinggroups.notifications import digests
from tests.fixtures.http import client
from tests.workflows.workinggroups.agenda.world import GROUP_TITLES
from tests.workflows.workinggroups.agenda.world import NEVER
from tests.workflows.workinggroups.agenda.world import OTHER_TITLES
from tests.workflows.workinggroups.agenda.world import at
from tests.workflows.workinggroups.agenda.world import build_world
from tests.workflows.workinggroups.notifications.activity import clock
from tests.workflows.workinggroups.notifications.activity import forget_building
from tests.workflows.workinggroups.notifications.activity import ours
from tests.workflows.workinggroups.notifications.activity import record_at
from tests.workflows.workinggroups.notifications.activity import to
from tests.workflows.workinggroups.scenario import http

import html
import icalendar
import pytest
import transaction


INSIDE = ("guest", "member", "coordinator")
OUTSIDE = ("anonymous", "outsider", "other_group_member")
ALL = OUTSIDE + INSIDE


@pytest.fixture
def world(functional):
    scenario = build_world(functional["portal"])
    transaction.commit()
    return scenario


def shows(text: str, titles) -> set:
    text = html.unescape(text)
    return {t for t in titles if t in text}


@pytest.mark.parametrize("persona", ALL)
def test_month_page(world, persona):
    response = http(world, persona, json=False).get(
        f"{world.group.absolute_url()}/@@group-agenda?month=2026-12",
        allow_redirects=False,
    )
    if persona in INSIDE:
        assert response.status_code == 200
        assert shows(response.text, GROUP_TITLES) == set(GROUP_TITLES)
    else:
        assert response.status_code in (302, 401, 403)
        assert shows(response.text, GROUP_TITLES) == set()
    assert shows(response.text, NEVER + OTHER_TITLES) == set()


@pytest.mark.parametrize("persona", ALL)
def test_rest_agenda(world, persona):
    response = http(world, persona).get(
        f"{world.group.absolute_url()}/@group-agenda", params={"month": "2026-12"}
    )
    if persona in INSIDE:
        assert response.status_code == 200
        titles = {item["title"] for item in response.json()["items"]}
        assert set(GROUP_TITLES) <= titles
        assert not titles & set(NEVER + OTHER_TITLES)
    else:
        assert response.status_code in (401, 403)
        assert shows(response.text, GROUP_TITLES + NEVER) == set()


@pytest.mark.parametrize("persona", ALL)
def test_private_feed(world, persona):
    made = http(world, persona).post("@my-notifications/feed")
    if persona == "anonymous":
        assert made.status_code == 401
        return
    assert made.status_code == 201
    response = client(json=False).get(made.json()["url"])
    assert response.status_code == 200
    assert "private" in response.headers["Cache-Control"]
    calendar = icalendar.Calendar.from_ical(response.content)
    titles = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert not titles & set(NEVER)
    if persona in INSIDE:
        assert set(GROUP_TITLES) <= titles
        assert not titles & set(OTHER_TITLES)
    elif persona == "other_group_member":
        assert set(OTHER_TITLES) <= titles
        # The network's published meeting is public, but not one of theirs.
        assert not titles & set(GROUP_TITLES)
    else:
        assert titles == set()


def test_a_feed_token_is_not_a_login(world):
    """The token opens the feed and nothing else of its owner's."""
    url = http(world, "member").post("@my-notifications/feed").json()["url"]
    token = url.rsplit("/", 1)[1][: -len(".ics")]
    page = f"{world.group.absolute_url()}/@@group-agenda?token={token}"
    response = client(json=False).get(page, allow_redirects=False)
    assert response.status_code in (302, 401)
    settings = f"{world.portal.absolute_url()}/@my-notifications?token={token}"
    assert client().get(settings).status_code == 401
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    response = client().get(
        f"{world.group.absolute_url()}/@group-agenda", headers=headers
    )
    assert response.status_code == 401


@pytest.mark.parametrize("persona", ["outsider", "other_group_member"])
def test_no_settings_for_a_group_one_is_not_in(world, persona):
    response = http(world, persona).patch(
        "@my-notifications", json={"groups": {world.group.UID(): "each"}}
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "groups"
    groups = http(world, persona).get("@my-notifications").json()["groups"]
    assert world.group.UID() not in {g["UID"] for g in groups}


def test_digest_and_item_mails(world, smtp, monkeypatch):
    # Someone of every role asks for every item, except the member (weekly).
    for persona in ("guest", "coordinator", "other_group_member"):
        group = world.other if persona == "other_group_member" else world.group
        assert (
            http(world, persona)
            .patch("@my-notifications", json={"groups": {group.UID(): "each"}})
            .ok
        )
    transaction.begin()
    forget_building(world)
    author = world.users["coordinator"]
    record_at(monkeypatch, at(2, 9, 0), world.group, "changed", world.hidden, author)
    record_at(monkeypatch, at(2, 10, 0), world.group, "added", world.internal, author)
    items = smtp.wait(1)
    assert [m["To"] for m in items] == [world.emails["guest"]]
    smtp.clear()
    clock(monkeypatch, at(7, 7, 0) + timedelta(hours=1))
    result = digests.run(world.portal)
    transaction.commit()
    assert ours(world, result) == {world.emails["member"]}
    (digest,) = to(smtp, world.emails["member"])
    body = digest.get_content()
    assert "Note Zorglubine" in body
    assert not shows(body, NEVER + OTHER_TITLES)
    for persona in ("outsider", "other_group_member"):
        assert to(smtp, world.emails[persona]) == []


@pytest.mark.parametrize(
    ("path", "json"),
    [
        ("groupes-de-travail/groupe-test/@@group-agenda?month=2026-12", False),
        ("groupes-de-travail/groupe-test/@group-agenda?month=2026-12", True),
        ("@@my-notifications", False),
        ("@my-notifications", True),
    ],
)
def test_personal_answers_stay_private(world, path, json):
    response = http(world, "member", json=json).get(path)
    assert response.status_code == 200
    directives = {d.strip() for d in response.headers["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives
