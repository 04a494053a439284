"""polepatrimoine_newsletter_issue_workflow: its matrix cell by cell, and who may send."""

from plone import api
from polepatrimoine.content.newsletter.issues.sending import publish
from tests.fixtures.newsletter import make_issue

import pytest


USERS = ("alice", "claire", "anonymous")
PERMISSIONS = (
    "View",
    "Access contents information",
    "Modify portal content",
    "Delete objects",
)
# {state: {permission: users who have it}}
MATRIX = {
    "draft": dict.fromkeys(PERMISSIONS, {"claire"}),
    "sent": {
        "View": set(USERS),
        "Access contents information": set(USERS),
        "Modify portal content": {"claire"},
        "Delete objects": {"claire"},
    },
}


def has(user, members, permission, obj) -> bool:
    if user == "anonymous":
        roles = obj.rolesOfPermission(permission)
        return any(r["name"] == "Anonymous" and r["selected"] for r in roles)
    return api.user.has_permission(
        permission, user=api.user.get(userid=members[user]), obj=obj
    )


@pytest.fixture
def issue(integration, members):
    return make_issue(integration["portal"])


@pytest.mark.parametrize("state", MATRIX)
@pytest.mark.parametrize("permission", PERMISSIONS)
@pytest.mark.parametrize("user", USERS)
def test_matrix(issue, members, state, permission, user):
    if state == "sent":
        with api.env.adopt_roles(["Manager"]):
            publish(issue)
    assert api.content.get_state(issue) == state
    assert has(user, members, permission, issue) == (user in MATRIX[state][permission])


@pytest.mark.parametrize("user", ["alice", "claire"])
def test_no_one_but_the_command_sends(issue, members, user):
    with api.env.adopt_user(user=api.user.get(userid=members[user])):
        assert api.portal.get_tool("portal_workflow").getTransitionsFor(issue) == ()
    with api.env.adopt_roles(["Manager"]):
        publish(issue)
    assert api.content.get_state(issue) == "sent"
