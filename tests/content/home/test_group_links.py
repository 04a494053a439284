"""The groups block: a member goes to the group's space, anyone else is offered to join."""

from lxml import html
from plone import api
from polepatrimoine.workflows.workinggroups import membership
from tests.content.home.test_rest import blocks_of

import pytest
import transaction


@pytest.fixture
def alices_group(home_world, members):
    """The first active group of the home page, with alice as a member."""
    (brain, *_) = api.content.find(
        portal_type="WorkingGroup", review_state="active", sort_on="sortable_title"
    )
    group = brain.getObject()
    with api.env.adopt_roles(["Manager"]):
        membership.add_member(group, members["alice"], "member")
    transaction.commit()
    return group


def item_of(blocks: dict, group) -> dict:
    (item,) = [i for i in blocks["groups"]["items"] if i["UID"] == group.UID()]
    return item


def home_link(clients, who: str, group):
    """The group's action link on the home page as ``who`` sees it."""
    session = clients[who].session
    response = session.get(clients[who].portal_url, headers={"Accept": "text/html"})
    assert response.status_code == 200
    tree = html.fromstring(response.text)
    (entry,) = [
        li
        for li in tree.cssselect("#home-groups ul.home-items > li")
        if li.cssselect("a")[0].get("href") == group.absolute_url()
    ]
    (link,) = entry.cssselect("a.home-join, a.home-space")
    return link


def test_member_gets_the_space_on_rest(alices_group, clients):
    item = item_of(blocks_of(clients["alice"].get("@home")), alices_group)
    assert item["space_url"] == f"{alices_group.absolute_url()}/@@space"
    assert item["join_url"] is None
    # The link leads somewhere alice may go.
    assert clients["alice"].get(item["space_url"]).status_code == 200


def test_non_member_and_anonymous_are_offered_to_join_on_rest(alices_group, clients):
    bruno = item_of(blocks_of(clients["bruno"].get("@home")), alices_group)
    assert bruno["join_url"] == f"{alices_group.absolute_url()}/@@join"
    assert bruno["space_url"] is None
    anonymous = item_of(blocks_of(clients["anonymous"].get("@home")), alices_group)
    assert "/login?came_from=" in anonymous["join_url"]
    assert "%40%40join" in anonymous["join_url"]
    assert anonymous["space_url"] is None
    # Nor could they use it: the space is the group's.
    space = f"{alices_group.absolute_url()}/@@space"
    assert clients["bruno"].get(space, allow_redirects=False).status_code in (
        302,
        401,
        403,
    )


def test_member_sees_the_space_on_the_page(alices_group, clients):
    link = home_link(clients, "alice", alices_group)
    assert "home-space" in link.get("class")
    assert link.get("href") == f"{alices_group.absolute_url()}/@@space"
    text = " ".join(link.text_content().split())
    assert text.startswith("Espace du groupe")
    assert f"« {alices_group.Title()} »" in text
    assert "Rejoindre" not in text


@pytest.mark.parametrize("who", ["bruno", "anonymous"])
def test_others_see_join_on_the_page(alices_group, clients, who):
    link = home_link(clients, who, alices_group)
    assert "home-join" in link.get("class")
    assert link.text_content().strip().startswith("Rejoindre")
    if who == "bruno":
        assert link.get("href") == f"{alices_group.absolute_url()}/@@join"
    else:
        assert "/login?came_from=" in link.get("href")


def test_join_form_tells_a_member_they_belong(alices_group, clients):
    url = f"{alices_group.absolute_url()}/@@join"
    response = clients["alice"].session.get(url, headers={"Accept": "text/html"})
    assert response.status_code == 200
    tree = html.fromstring(response.text)
    assert not tree.cssselect("#join-message")
    (box,) = tree.cssselect(".join-member")
    assert "Vous êtes déjà membre de ce groupe." in box.text_content()
    (link,) = box.cssselect("a")
    assert link.get("href") == f"{alices_group.absolute_url()}/@@space"
    # A non-member still gets the form.
    response = clients["bruno"].session.get(url, headers={"Accept": "text/html"})
    tree = html.fromstring(response.text)
    assert tree.cssselect("#join-message")
    assert not tree.cssselect(".join-member")
