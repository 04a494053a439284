"""Nothing a visitor may not see reaches the home page nor @home, and what
only a logged-in user sees is never kept by a cache."""

from plone import api
from tests.fixtures.http import client
from tests.security.test_caching import HTML
from tests.security.test_caching import assert_private
from tests.security.test_caching import cache_control
from tests.security.test_caching import etag

import pytest
import re
import transaction


@pytest.fixture
def group_item(home_world):
    """An event and a page inside a working group's space: internal to the group."""
    portal = home_world["portal"]
    group = portal["groupes-de-travail"].objectValues()[0]
    from tests.content.meetings.helpers import in_days

    with api.env.adopt_roles(["Manager"]):
        event = api.content.create(
            container=group,
            type="Event",
            id="reunion-interne",
            title="Réunion interne du groupe",
            start=in_days(1, 8),
            end=in_days(1, 9),
        )
    assert api.content.get_state(event) == "internal"
    transaction.commit()
    return event


def hidden_titles(home_world, group_item) -> list[str]:
    return [
        *(obj.Title() for obj in home_world["hidden"].values()),
        group_item.Title(),
    ]


@pytest.mark.parametrize("who", ["anonymous", "alice"])
def test_hidden_items_never_on_the_home_page(home_world, group_item, clients, who):
    page = client(login=None if who == "anonymous" else "alice@example.org", json=False)
    text = page.get("").text
    rest = clients[who].get("@home")
    assert rest.status_code == 200
    for title in hidden_titles(home_world, group_item):
        assert title not in text, title
        assert title not in rest.text, title
    # What must be there is there: the test would see a leak.
    assert home_world["shown"]["news"].Title() in text
    assert home_world["shown"]["news"].Title() in rest.text


@pytest.mark.parametrize("who", ["anonymous", "alice"])
def test_pending_actor_not_counted(home_world, clients, who):
    published = len(
        api.content.find(
            portal_type="Actor", review_state="published", unrestricted=True
        )
    )
    blocks = {b["id"]: b for b in clients[who].get("@home").json()["blocks"]}
    assert blocks["map"]["count"] == published
    geojson = clients[who].get(blocks["map"]["geojson_url"]).json()
    titles = [f["properties"]["title"] for f in geojson["features"]]
    assert "Acteur en attente" not in titles


def test_anonymous_home_is_cached_and_a_member_s_is_private(home_world, clients):
    anonymous = client(json=False)
    for path, headers in (("", HTML), ("@home", {"Accept": "application/json"})):
        anonymous.get(path, headers=headers)  # portlets written on a first view
        first = anonymous.get(path, headers=headers)
        assert first.status_code == 200
        control = cache_control(first)
        assert re.search(r"\bs-maxage=[1-9][0-9]*\b", control), (path, control)
        again = anonymous.get(path, headers={**headers, "If-None-Match": etag(first)})
        assert again.status_code == 304, path
        member = clients["alice"].get(path, headers=headers)
        assert member.status_code == 200
        assert_private(member)


def test_changed_settings_renew_the_cached_page(home_world, clients):
    anonymous = client(json=False)
    anonymous.get("", headers=HTML)
    first = anonymous.get("", headers=HTML)
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record("polepatrimoine.home.blocks", ["news"])
    transaction.commit()
    again = anonymous.get("", headers={**HTML, "If-None-Match": etag(first)})
    assert again.status_code == 200
    assert 'data-block="calls"' not in again.text
    assert 'data-block="news"' in again.text
