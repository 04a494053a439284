"""``/Plone/@@my-meetings/<token>.ics``: each member's private calendar feed."""

from tests.fixtures.http import client
from tests.workflows.workinggroups.agenda.world import GROUP_TITLES
from tests.workflows.workinggroups.agenda.world import NEVER
from tests.workflows.workinggroups.agenda.world import OTHER_TITLES
from tests.workflows.workinggroups.scenario import http

import icalendar


def new_feed(world, persona) -> str:
    response = http(world, persona).post("@my-notifications/feed")
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["url"].endswith(f"/@@my-meetings/{data['token']}.ics")
    return data["url"]


def read(url):
    """The feed as a calendar application fetches it: no login, no cookie."""
    return client(json=False).get(url, allow_redirects=False)


def summaries(response) -> set:
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}


def test_the_meetings_of_the_members_groups_only(world):
    response = read(new_feed(world, "member"))
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    assert "private" in response.headers["Cache-Control"]
    titles = summaries(response)
    assert set(GROUP_TITLES) <= titles
    assert not titles & set(NEVER + OTHER_TITLES)


def test_a_token_never_shows_another_members_groups(world):
    titles = summaries(read(new_feed(world, "other_group_member")))
    assert set(OTHER_TITLES) <= titles
    assert not titles & set(GROUP_TITLES + NEVER)


def test_a_guest_gets_the_meetings_they_may_view(world):
    titles = summaries(read(new_feed(world, "guest")))
    assert set(GROUP_TITLES) <= titles
    assert not titles & set(NEVER + OTHER_TITLES)


def test_the_online_link_is_in_the_feed(world):
    from plone import api

    import transaction

    world.december.online_url = "https://visio.example.org/decembre"
    world.december.reindexObject()
    transaction.commit()
    body = read(new_feed(world, "member")).text
    assert (
        "CONFERENCE;FEATURE=VIDEO;VALUE=URI:https://visio.example.org/decembre" in body
    )
    assert api  # the Event was changed through the same API the site uses


def test_revoked_at_once(world):
    url = new_feed(world, "member")
    assert read(url).status_code == 200
    response = http(world, "member").delete("@my-notifications/feed")
    assert response.status_code == 204
    revoked = read(url)
    assert revoked.status_code == 404
    assert "VEVENT" not in revoked.text
    # And the member's settings say there is no feed any more.
    assert http(world, "member").get("@my-notifications").json()["feed"] is None
    # Revoking twice: nothing to revoke.
    again = http(world, "member").delete("@my-notifications/feed")
    assert again.status_code == 404
    assert again.json()["error"]["message"] == "Vous n'avez pas de calendrier privé."


def test_a_new_token_replaces_the_old_one(world):
    old = new_feed(world, "member")
    new = new_feed(world, "member")
    assert old != new
    assert read(old).status_code == 404
    assert read(new).status_code == 200
    assert http(world, "member").get("@my-notifications").json()["feed"]["url"] == new


def test_wrong_tokens_get_the_same_answer_as_a_revoked_one(world):
    url = new_feed(world, "member")
    http(world, "member").delete("@my-notifications/feed")
    base = url.rsplit("/", 1)[0]
    revoked = read(url)
    token = url.rsplit("/", 1)[1][: -len(".ics")]
    for wrong in (
        f"{base}/{token[:-1]}x.ics",
        f"{base}/nimporte-quoi.ics",
        f"{base}/{token}",  # without .ics
        f"{base}/{token}.ics/encore",
        base,
    ):
        response = read(wrong)
        assert response.status_code == 404, wrong
        assert response.content == revoked.content, wrong
        assert response.headers["Content-Type"] == revoked.headers["Content-Type"]


def test_the_feed_of_a_member_who_left_has_no_meetings_of_that_group(world):
    from polepatrimoine.workflows.workinggroups import membership

    import transaction

    url = new_feed(world, "member")
    membership.remove_member(world.group, world.users["member"])
    transaction.commit()
    titles = summaries(read(url))
    assert not titles & set(GROUP_TITLES[:2] + NEVER)
