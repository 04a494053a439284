"""A published workspace document's earlier, internal versions stay internal.

Publishing a document of a working group must not publish its history: its
earlier versions (drafts written while it was internal) are read only by those
who could read it while it was internal, through every channel (REST
``@history`` and ``@history/<n>``, the Classic UI's ``versions_history_form``,
``@@history`` diffs, the history pop-up, the version views). ``@history``
names editors by their full name only, but for coordinators: no login, no
e-mail.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from polepatrimoine.workflows.workinggroups import membership
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


# An editor without a full name: Plone makes their e-mail address their id.
NAMELESS = "sans-nom@example.org"
OUTSIDE = ["anonymous", "outsider", "other_group_member"]
INSIDE = ["guest", "member", "coordinator", "site_coordinator"]
COORDINATORS = ["coordinator", "site_coordinator", "admin"]


def edit(doc, userid, text, comment):
    with api.env.adopt_user(user=api.user.get(userid=userid)):
        doc.text = RichTextValue(text, "text/html", "text/x-html-safe")
        doc.reindexObject()
        api.portal.get_tool("portal_repository").save(obj=doc, comment=comment)


@pytest.fixture
def live(functional):
    s = build(functional["portal"])
    with api.env.adopt_roles(["Manager"]):
        nameless = api.user.create(email=NAMELESS, password=PASSWORD).getId()
        assert nameless == NAMELESS
        membership.add_member(s.group, nameless, "member")
    with api.env.adopt_user(user=api.user.get(userid=s.users["member"])):
        s.doc = api.content.create(
            container=s.group, type="Document", id="compte-rendu", title="Compte rendu"
        )
    edit(s.doc, s.users["member"], f"<p>Brouillon {SECRET}</p>", "brouillon")
    edit(s.doc, NAMELESS, f"<p>Relu {SECRET}</p>", "relecture")
    edit(s.doc, s.users["coordinator"], "<p>Version publiée</p>", "finale")
    with api.env.adopt_user(user=api.user.get(userid=s.users["coordinator"])):
        api.content.transition(obj=s.doc, transition="publish")
    transaction.commit()
    return s


def as_(live, persona, json=True):
    if persona == "admin":
        return client(live.portal.absolute_url(), admin=True, json=json)
    return http(live, persona, json=json)


def test_the_published_page_itself_is_public(live):
    response = as_(live, "anonymous").get(live.doc.absolute_url())
    assert response.status_code == 200
    assert SECRET not in response.text
    assert "Version publiée" in response.json()["text"]["data"]


@pytest.mark.parametrize("persona", OUTSIDE)
@pytest.mark.parametrize("path", ["@history", "@history/0", "@history/1"])
def test_rest_history_is_refused_outside(live, persona, path):
    response = as_(live, persona).get(f"{live.doc.absolute_url()}/{path}")
    assert response.status_code in (401, 403), response.text[:500]
    assert SECRET not in response.text
    assert NAMELESS not in response.text


@pytest.mark.parametrize("persona", INSIDE)
def test_rest_history_is_read_inside(live, persona):
    client = as_(live, persona)
    listing = client.get(f"{live.doc.absolute_url()}/@history")
    assert listing.status_code == 200, listing.text[:500]
    versions = [i for i in listing.json() if i["type"] == "versioning"]
    assert len(versions) == 4  # the initial one, then three saves
    first = client.get(f"{live.doc.absolute_url()}/@history/1")
    assert first.status_code == 200
    assert SECRET in first.json()["text"]["data"]


CLASSIC = [
    "versions_history_form",
    "versions_history_form?version_id=0",
    "@@history?one=0&two=1",
    "@@history?one=current&two=0",
    "@@contenthistory",
    "@@contenthistorypopup",
    "version_metadata_view?version_id=0",
    "@@historyview",
]


@pytest.mark.parametrize("persona", OUTSIDE)
@pytest.mark.parametrize("page", CLASSIC)
def test_classic_history_pages_show_nothing_outside(live, persona, page):
    response = as_(live, persona, json=False).get(f"{live.doc.absolute_url()}/{page}")
    assert SECRET not in response.text
    assert NAMELESS not in response.text
    assert "brouillon" not in response.text
    assert "relecture" not in response.text


@pytest.mark.parametrize("page", ["versions_history_form", "@@history?one=1&two=3"])
def test_classic_history_pages_work_inside(live, page):
    response = as_(live, "guest", json=False).get(f"{live.doc.absolute_url()}/{page}")
    assert response.status_code == 200
    assert "insufficient-privileges" not in response.url
    assert "Brouillon" in response.text or "brouillon" in response.text


def actors(response):
    return [item["actor"] for item in response.json()]


@pytest.mark.parametrize("persona", ["guest", "member"])
def test_history_names_editors_without_their_login_or_address(live, persona):
    response = as_(live, persona).get(f"{live.doc.absolute_url()}/@history")
    assert response.status_code == 200
    assert NAMELESS not in response.text
    assert "@example.org" not in response.text
    names = {a["fullname"] for a in actors(response)}
    assert {"Member", "Coordinator"} <= names
    for actor in actors(response):
        assert actor.get("username") is None
        assert actor.get("id") is None


@pytest.mark.parametrize("persona", COORDINATORS)
def test_coordinators_see_who_edited(live, persona):
    response = as_(live, persona).get(f"{live.doc.absolute_url()}/@history")
    assert response.status_code == 200
    # CMFEditions records the editor's login, here their e-mail address.
    ids = {a["id"] for a in actors(response)}
    assert {NAMELESS, live.emails["member"], live.emails["coordinator"]} <= ids


def test_nothing_was_written(live):
    """The refused reads left the document and its versions as they were."""
    for persona in OUTSIDE:
        as_(live, persona).get(f"{live.doc.absolute_url()}/@history/0")
    response = as_(live, "coordinator").get(f"{live.doc.absolute_url()}/@history")
    assert len([i for i in response.json() if i["type"] == "versioning"]) == 4
    assert api.content.get_state(live.doc) == "published"
