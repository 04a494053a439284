"""The activity stream of a group reaches its readers only, each entry only those
who may open its item.

Page ``@@activity``, the block of ``@@space`` and REST ``@activity``, as every
persona: visitors, authenticated non-members and members of another group are
refused; guests, members, coordinators and site coordinators see the stream,
without the entries about the document of a sub-folder closed to the
coordinators (but for those), nor about a deleted item.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from tests.workflows.workinggroups.discussions.space import COORDINATORS
from tests.workflows.workinggroups.discussions.space import OUTSIDE
from tests.workflows.workinggroups.discussions.space import build_space
from tests.workflows.workinggroups.scenario import PERSONAS
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


CLOSED_TITLE = "Note fermée"
GONE_TITLE = "Note supprimée"


@pytest.fixture
def space(functional):
    s = build_space(functional["portal"])
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        gone = api.content.create(
            container=s.group, type="Document", id="supprimee", title=GONE_TITLE
        )
        transaction.commit()
        api.content.delete(gone)
    transaction.commit()
    return s


def stream(s, persona):
    return http(s, persona).get(
        f"{s.group.absolute_url()}/@activity", params={"b_size": 100}, timeout=30
    )


@pytest.mark.parametrize("persona", PERSONAS)
def test_rest(space, persona):
    response = stream(space, persona)
    if persona in OUTSIDE:
        assert response.status_code in (401, 403), persona
        assert "Zorglubine" not in response.text
        assert "Cachalotine" not in response.text
        return
    assert response.status_code == 200
    titles = {item["title"] for item in response.json()["items"]}
    kinds = {item["kind"] for item in response.json()["items"]}
    assert {"Sujet Cachalotine", "Synthèse publique"} <= titles
    assert {"added", "commented", "published"} <= kinds
    assert (CLOSED_TITLE in titles) == (persona in COORDINATORS), persona
    assert GONE_TITLE not in titles
    total = response.json()["items_total"]
    assert total == len(response.json()["items"])


@pytest.mark.parametrize("persona", PERSONAS)
def test_pages(space, persona):
    browser = http(space, persona, json=False)
    for page in ("@@activity", "@@space"):
        response = browser.get(
            f"{space.group.absolute_url()}/{page}", allow_redirects=False, timeout=30
        )
        if persona in OUTSIDE:
            assert response.status_code in (302, 401, 403), (persona, page)
            assert "Cachalotine" not in response.text
            continue
        assert response.status_code == 200, (persona, page)
        assert "Sujet Cachalotine" in response.text, (persona, page)
        assert GONE_TITLE not in response.text
        if page == "@@activity":
            assert (CLOSED_TITLE in response.text) == (persona in COORDINATORS)


def test_an_item_closed_later_leaves_the_stream(space):
    """Visibility is decided when the stream is read, not when it was written."""
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.move(source=space.internal, target=space.folder)
    transaction.commit()
    titles = {i["title"] for i in stream(space, "member").json()["items"]}
    assert space.internal.title not in titles
    titles = {i["title"] for i in stream(space, "coordinator").json()["items"]}
    assert space.internal.title in titles
