"""Demo content: each working group has a discussion with replies, in the stream,
read by its members and by nobody outside."""

from plone.app.discussion.interfaces import IConversation
from polepatrimoine.policy.demo.discussions import DISCUSSION_ID
from polepatrimoine.policy.demo.working_groups import PEOPLE
from polepatrimoine.workflows.workinggroups.activity import store
from tests.fixtures.http import client

import transaction


def test_a_discussion_with_replies_in_each_group(portal):
    folder = portal["groupes-de-travail"]
    for group_id in PEOPLE:
        group = folder[group_id]
        discussion = group[DISCUSSION_ID]
        assert discussion.portal_type == "Discussion"
        replies = list(IConversation(discussion).values())
        assert len(replies) == 2
        assert all(r.author_name and r.text for r in replies)
        assert len(IConversation(group["compte-rendu-de-lancement"])) == 1
        kinds = {e.kind for e in store.entries(group, size=None)}
        assert {"added", "commented", "joined"} <= kinds


def test_read_by_the_group_only(functional):
    portal = functional["portal"]
    transaction.commit()
    url = f"{portal.absolute_url()}/groupes-de-travail/patrimoine-industriel-et-technique/{DISCUSSION_ID}/@comments"
    member = client(portal.absolute_url(), "membre1.industriel@example.org")
    member.session.auth = ("membre1.industriel@example.org", "demo-patrimoine")
    response = member.get(url)
    assert response.status_code == 200
    assert response.json()["items_total"] == 2
    other = client(portal.absolute_url(), "membre1.chartes@example.org")
    other.session.auth = ("membre1.chartes@example.org", "demo-patrimoine")
    response = other.get(url)
    assert response.status_code in (401, 403)
    assert "recensement" not in response.text
