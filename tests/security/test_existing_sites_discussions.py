"""A site installed before issue 19 gets discussions and comments from the upgrades
content 1011 and workflows 1006, run through ``portal_setup``.

The old state: plone.app.discussion not installed, no ``Discussion`` type (nor
in the groups' allowed types) and no add permission for it, and the groups'
workflow without the rows of comments. After the upgrades a member adds a
discussion and comments over HTTP; the comments stay with the group.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.base.utils import get_installer
from tests.fixtures.http import client
from tests.workflows.workinggroups.discussions.space import comment
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


CONTENT = "polepatrimoine.content:default"
WORKFLOWS = "polepatrimoine.workflows:default"
NEW_ROWS = (
    "polepatrimoine: Add Discussion",
    "Reply to item",
    "View comments",
    "Delete comments",
)


@pytest.fixture
def old_site(functional):
    portal = functional["portal"]
    s = build(portal)
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        get_installer(portal).uninstall_product("plone.app.discussion")
        types = api.portal.get_tool("portal_types")
        types.manage_delObjects(["Discussion"])
        group_fti = types["WorkingGroup"]
        group_fti.allowed_content_types = tuple(
            t for t in group_fti.allowed_content_types if t != "Discussion"
        )
        wftool = api.portal.get_tool("portal_workflow")
        workflow = wftool["polepatrimoine_working_group_workflow"]
        workflow.permissions = tuple(
            p for p in workflow.permissions if p not in NEW_ROWS
        )
        for state in workflow.states.objectValues():
            state.permission_roles = {
                p: r for p, r in state.permission_roles.items() if p not in NEW_ROWS
            }
        wftool.manage_delObjects(["polepatrimoine_group_comment_workflow"])
        for group in (s.group, s.other):
            workflow.updateRoleMappingsFor(group)
            for permission in NEW_ROWS:
                # No setting of its own: the group acquires the site's.
                group.manage_permission(permission, (), acquire=True)
        setup = api.portal.get_tool("portal_setup")
        setup.setLastVersionForProfile(CONTENT, "1002")
        setup.setLastVersionForProfile(WORKFLOWS, "1001")
    transaction.commit()
    return s


def upgrade() -> None:
    setup = api.portal.get_tool("portal_setup")
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        for profile in (CONTENT, WORKFLOWS):
            assert setup.listUpgrades(profile), profile
            setup.upgradeProfile(profile)
    transaction.commit()


def test_no_discussions_before(old_site):
    response = http(old_site, "member").post(
        old_site.group.absolute_url(),
        json={"@type": "Discussion", "title": "Trop tôt"},
    )
    assert response.status_code in (400, 403)


def test_discussions_and_comments_after(old_site):
    s = old_site
    upgrade()
    setup = api.portal.get_tool("portal_setup")
    for profile in (CONTENT, WORKFLOWS):
        assert setup.getLastVersionForProfile(profile) == (
            setup.getVersionForProfile(profile),
        )
    assert get_installer(s.portal).is_product_installed("plone.app.discussion")
    response = http(s, "member").post(
        s.group.absolute_url(),
        json={
            "@type": "Discussion",
            "title": "Sujet après mise à jour",
            "text": {"data": "<p>Bonjour</p>", "content-type": "text/html"},
        },
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    transaction.begin()
    discussion = s.group[url.rsplit("/", 1)[-1]]
    assert comment(s, "member", discussion, "Ornithorynque") is not None
    assert comment(s, "guest", s.published, "Invité") is None
    assert comment(s, "outsider", s.published, "Extérieur") is None
    assert comment(s, "member", s.published, "Ornithorynque publié") is not None
    for persona in ("anonymous", "outsider", "other_group_member"):
        listing = http(s, persona).get(f"{s.published.absolute_url()}/@comments")
        assert "Ornithorynque" not in listing.text, persona
        search = http(s, persona).get(
            "@search", params={"SearchableText": "Ornithorynque"}
        )
        assert search.json()["items_total"] == 0, persona
    search = http(s, "guest").get(
        f"{s.portal.absolute_url()}/@search", params={"SearchableText": "Ornithorynque"}
    )
    assert search.json()["items_total"] == 2
    # Elsewhere, comments stay off.
    admin = client(s.portal.absolute_url(), admin=True)
    assert admin.get("ressources").json()["allow_discussion"] is False
