"""Comments of a working group never reach anyone outside it, through any channel.

For every persona and channel: the comments' page of the item (the Classic UI
viewlet), plone.restapi's ``@comments`` and ``@comments/<id>``, the comment's
own URL (``++conversation++default/<id>``), ``@search`` (plone.app.discussion
catalogs comments), the search page, navigation, the group's RSS feed and
the activity stream. Those who may read (the group's guests, members,
coordinators, site coordinators) see the comments, so each check can fail;
a comment on a document of a sub-folder closed to the coordinators reaches
the coordinators only.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.base.interfaces.syndication import IFeedSettings
from tests.workflows.workinggroups.discussions.space import COORDINATORS
from tests.workflows.workinggroups.discussions.space import READERS
from tests.workflows.workinggroups.discussions.space import WORD
from tests.workflows.workinggroups.discussions.space import build_space
from tests.workflows.workinggroups.discussions.space import comment
from tests.workflows.workinggroups.scenario import PERSONAS
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


ITEMS = {
    # item: who may read its comments
    "internal": READERS,
    "published": READERS,
    "discussion": READERS,
    "closed": COORDINATORS,
}


@pytest.fixture
def space(functional):
    s = build_space(functional["portal"])
    IFeedSettings(s.group).enabled = True
    transaction.commit()
    s.items = {
        "internal": s.internal,
        "published": s.published,
        "discussion": s.discussion,
        "closed": s.closed,
    }
    return s


def get(s, persona, url, json=True, **kwargs):
    return http(s, persona, json=json).get(
        url, allow_redirects=False, timeout=30, **kwargs
    )


@pytest.mark.parametrize("persona", PERSONAS)
def test_comments_of_each_item(space, persona):
    for name, item in space.items.items():
        response = get(space, persona, f"{item.absolute_url()}/@comments")
        if persona in ITEMS[name]:
            assert response.status_code == 200, (persona, name)
            assert WORD in response.text, (persona, name)
        else:
            assert WORD not in response.text, (persona, name)
            if response.status_code == 200:
                assert response.json()["items_total"] == 0, (persona, name)
            else:
                assert response.status_code in (401, 403), (persona, name)


@pytest.mark.parametrize("persona", PERSONAS)
def test_one_comment_by_its_id(space, persona):
    for name, item in space.items.items():
        cid = space.comments[name]
        response = get(space, persona, f"{item.absolute_url()}/@comments/{cid}")
        if persona in ITEMS[name]:
            assert response.status_code == 200, (persona, name)
            assert WORD in response.json()["text"]["data"]
        else:
            assert response.status_code in (401, 403), (persona, name, response.text)
            assert WORD not in response.text


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_comment_url(space, persona):
    for name, item in space.items.items():
        cid = space.comments[name]
        url = f"{item.absolute_url()}/++conversation++default/{cid}"
        response = get(space, persona, url, json=False)
        assert WORD not in response.text
        location = response.headers.get("Location", "")
        if persona in ITEMS[name]:
            # plone.app.discussion sends the reader to the comment on the item's page.
            assert response.status_code == 302, (persona, name)
            assert location == f"{item.absolute_url()}#{cid}"
        else:
            assert response.status_code in (302, 401, 403, 404), (persona, name)
            assert "require_login" in location or response.status_code != 302


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_item_page(space, persona):
    """The comments viewlet of the page: the published item is public, its comments are not."""
    response = get(space, persona, space.published.absolute_url(), json=False)
    if persona in READERS:
        assert response.status_code == 200
        assert f"{WORD} sur la synthèse" in response.text
    else:
        assert response.status_code == 200  # the item itself is published
        assert WORD not in response.text


@pytest.mark.parametrize("persona", PERSONAS)
def test_search(space, persona):
    found = get(
        space,
        persona,
        f"{space.portal.absolute_url()}/@search",
        params={"SearchableText": WORD, "metadata_fields": "Title"},
    ).json()
    comments = sorted(
        item["@id"].split("/")[-3]
        for item in found["items"]
        if item["@type"] == "Discussion Item"
    )
    expected = sorted(
        item.getId() for name, item in space.items.items() if persona in ITEMS[name]
    )
    assert comments == expected, persona
    page = get(
        space,
        persona,
        f"{space.portal.absolute_url()}/@@search",
        json=False,
        params={"SearchableText": WORD},
    )
    # The page repeats the words searched: look for the results themselves.
    assert (f"Sujet {WORD}" in page.text) == (persona in READERS), persona
    assert ("++conversation++default" in page.text) == (persona in READERS), persona


@pytest.mark.parametrize("persona", PERSONAS)
def test_navigation_and_feed(space, persona):
    navigation = get(
        space,
        persona,
        f"{space.group.absolute_url()}/@navigation",
        params={"expand.navigation.depth": 3},
    )
    feed = get(space, persona, f"{space.group.absolute_url()}/RSS", json=False)
    if persona in READERS:
        assert f"Sujet {WORD}" in navigation.text
        assert f"Sujet {WORD}" in feed.text
    else:
        assert WORD not in navigation.text
        assert WORD not in feed.text


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_may_comment(space, persona):
    """Coordinators and members write; guests read; outsiders do neither."""
    text = f"Réponse de {persona}"
    cid = comment(space, persona, space.published, text)
    listing = get(space, "coordinator", f"{space.published.absolute_url()}/@comments")
    written = any(text in i["text"]["data"] for i in listing.json()["items"])
    assert written == (persona in ("member", "coordinator", "site_coordinator"))
    assert (cid is not None) == written


def test_no_comments_outside_the_groups(space):
    """The site's discussion stays off elsewhere, whatever the user."""
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=space.portal["ressources"],
            type="Document",
            id="ailleurs",
            title="Ailleurs",
        )
        api.content.transition(obj=page, transition="publish")
    transaction.commit()
    admin = http(space, "site_coordinator")
    response = admin.post(
        f"{page.absolute_url()}/@comments", json={"text": "Hors groupe"}
    )
    assert response.status_code in (401, 403)
    assert admin.get(page.absolute_url()).json()["allow_discussion"] is False
    assert (
        http(space, "member")
        .get(space.internal.absolute_url())
        .json()["allow_discussion"]
        is True
    )
    html = http(space, "site_coordinator", json=False).get(page.absolute_url()).text
    assert "form.widgets.text" not in html
    assert "Hors groupe" not in admin.get(f"{page.absolute_url()}/@comments").text


def test_archived_group_reads_only(space):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.transition(obj=space.group, transition="archive")
    transaction.commit()
    assert comment(space, "member", space.internal, "Trop tard") is None
    assert comment(space, "coordinator", space.internal, "Trop tard") is None
    listing = get(space, "guest", f"{space.internal.absolute_url()}/@comments")
    assert WORD in listing.text
    assert "Trop tard" not in listing.text


def test_unknown_comment_id(space):
    member = http(space, "member")
    for cid in ("123", "abc", "-1"):
        response = member.get(f"{space.internal.absolute_url()}/@comments/{cid}")
        assert response.status_code == 404, cid
        assert response.json()["error"]["message"] == "Ce commentaire n'existe pas."
