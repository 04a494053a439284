"""Where comments are on, and the workflow that keeps them with the group."""

from plone import api
from plone.app.discussion.interfaces import IConversation
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.polls import creating
from zope.component import createObject

import pytest


M, SA = "Manager", "Site Administrator"
C, MB, G = "GroupCoordinator", "GroupMember", "GroupGuest"


def enabled(obj) -> bool:
    return obj.restrictedTraverse("@@conversation_view").enabled()


@pytest.fixture
def owner(scenario):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        yield scenario


@pytest.mark.parametrize(
    "portal_type", ["Document", "File", "Image", "Folder", "Event", "News Item", "Link"]
)
def test_on_for_every_item_of_a_space(owner, portal_type):
    item = api.content.create(container=owner.folder, type=portal_type, title="Élément")
    assert enabled(item)


def test_on_for_polls_and_kept_mails(owner):
    poll = creating.create_poll(
        owner.group,
        {"title": "Sondage", "dates": ["2027-03-18T14:00", "2027-03-25T14:00"]},
    )
    message = sending.keep(
        owner.group, owner.users["coordinator"], "Objet", "Texte", "all", 3
    )
    assert enabled(poll)
    assert enabled(message)


def test_off_for_the_group_itself_and_elsewhere(owner):
    assert not enabled(owner.group)
    page = api.content.create(
        container=owner.portal["ressources"], type="Document", title="Ailleurs"
    )
    assert not enabled(page)
    assert api.portal.get_registry_record(
        "plone.app.discussion.interfaces.IDiscussionSettings.globally_enabled"
    )


def test_an_item_closed_to_comments_stays_closed(owner):
    owner.internal.allow_discussion = False
    assert not enabled(owner.internal)


def test_the_comment_workflow(owner):
    comment = createObject("plone.Comment")
    comment.text = "Bonjour"
    conversation = IConversation(owner.published)
    comment_id = conversation.addComment(comment)
    comment = conversation[comment_id]
    wftool = api.portal.get_tool("portal_workflow")
    assert wftool.getChainFor(comment) == ("polepatrimoine_group_comment_workflow",)
    assert api.content.get_state(comment) == "published"
    state = wftool["polepatrimoine_group_comment_workflow"].states["published"]
    assert set(state.permission_roles["View"]) == {M, SA, C, MB, G}
    assert set(state.permission_roles["Access contents information"]) == {
        M,
        SA,
        C,
        MB,
        G,
    }
    assert set(state.permission_roles["Modify portal content"]) == {M, SA}
    # The item is published, its comment is not.
    roles = {r["name"] for r in comment.rolesOfPermission("View") if r["selected"]}
    assert "Anonymous" not in roles
