"""A site installed before issue 12's fixes gets them from the workflows upgrade to 1001.

The old state is rebuilt as such a site has it: workflows without the rows of
"CMFEditions: …" (and objects still acquiring them), the working-groups PAS
plugin not active for ``IGroupIntrospection`` (``@users`` answered 500), and
a user deleted before the deletion was followed, still in a roster, the PAS
plugin, a join request, a Plone group and a global role. The upgrade is run
through ``portal_setup`` as an administrator would, then every leak is tried
again over HTTP.
"""

from AccessControl.Permission import getPermissionIdentifier
from plone import api
from polepatrimoine.policy.accounts import is_retired
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.pas import PLUGIN_ID
from Products.PlonePAS.interfaces.group import IGroupIntrospection
from tests.fixtures.actors import make_actor
from tests.fixtures.http import client
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


PROFILE = "polepatrimoine.workflows:default"
SECRET = "Ancien-brouillon-4417"
GHOST = "fantome-supprime"
VERSION_PERMISSIONS = (
    "CMFEditions: Access previous versions",
    "CMFEditions: Apply version control",
    "CMFEditions: Revert to previous versions",
    "CMFEditions: Save new version",
)


def drop_version_rows(workflow, objects) -> None:
    """The workflow and its objects as they were before it managed versions."""
    workflow.permissions = tuple(
        p for p in workflow.permissions if p not in VERSION_PERMISSIONS
    )
    for state in workflow.states.objectValues():
        state.permission_roles = {
            p: roles
            for p, roles in (state.permission_roles or {}).items()
            if p not in VERSION_PERMISSIONS
        }
    for obj in objects:
        for permission in VERSION_PERMISSIONS:
            # No setting of its own: the object acquires the site's (CMFEditions' rolemap).
            obj.__dict__.pop(getPermissionIdentifier(permission), None)
        obj._p_changed = True


@pytest.fixture
def old_site(functional):
    portal = functional["portal"]
    s = build(portal)
    with api.env.adopt_roles(["Manager"]):
        s.actor = make_actor(portal, title="Atelier ancien", state="pending")
        s.actor.description = f"Proposé {SECRET}"
        api.portal.get_tool("portal_repository").save(obj=s.actor, comment="projet")
        s.actor.description = "Publié"
        api.content.transition(obj=s.actor, transition="publish")
        wftool = api.portal.get_tool("portal_workflow")
        drop_version_rows(wftool["polepatrimoine_actor_workflow"], [s.actor])
        drop_version_rows(
            wftool["polepatrimoine_workspace_workflow"], [s.internal, s.published]
        )
        acl_users = api.portal.get_tool("acl_users")
        acl_users.plugins.deactivatePlugin(IGroupIntrospection, PLUGIN_ID)
        membership._write(s.group, GHOST, "coordinator")
        request = joinrequests.JoinRequest(GHOST, "Bonjour")
        joinrequests._requests(s.other, create=True)[request.id] = request
        acl_users.source_groups.addPrincipalToGroup(GHOST, "coordinateurs")
        acl_users.portal_role_manager.assignRoleToPrincipal("Site Administrator", GHOST)
        api.portal.get_tool("portal_setup").setLastVersionForProfile(PROFILE, "1000")
    transaction.commit()
    s.admin = client(portal.absolute_url(), admin=True)
    return s


def upgrade(s) -> None:
    setup = api.portal.get_tool("portal_setup")
    with api.env.adopt_roles(["Manager"]):
        assert setup.listUpgrades(PROFILE), "the upgrade is not offered"
        setup.upgradeProfile(PROFILE)
    transaction.commit()


def test_the_old_site_leaks_until_upgraded(old_site):
    # The state built above is the one the review found: else the tests
    # below would prove nothing.
    s = old_site
    outsider = http(s, "outsider")
    assert outsider.get(f"{s.actor.absolute_url()}/@history/0").status_code == 200
    assert s.admin.get("@users").status_code == 500
    assert GHOST in s.admin.get(f"{s.group.absolute_url()}/@members").text


@pytest.mark.parametrize("path", ["@history/0", "@history/current", "@history"])
@pytest.mark.parametrize("persona", ["outsider", "other_group_member", "anonymous"])
def test_earlier_versions_of_existing_actors_are_closed(old_site, persona, path):
    upgrade(old_site)
    url = f"{old_site.actor.absolute_url()}/{path}"
    response = http(old_site, persona).get(url)
    assert response.status_code in (401, 403), response.text[:300]
    assert SECRET not in response.text
    # The refusal is the permission's, not a lost version.
    assert (
        SECRET in old_site.admin.get(f"{old_site.actor.absolute_url()}/@history/0").text
    )


def test_existing_workspace_documents_get_their_rows(old_site):
    upgrade(old_site)
    for doc in (old_site.internal, old_site.published):
        pid = getPermissionIdentifier("CMFEditions: Access previous versions")
        doc._p_activate()
        # A tuple: set by the workflow, not acquired.
        assert isinstance(doc.__dict__.get(pid), tuple), doc.getId()
    response = http(old_site, "outsider").get(
        f"{old_site.published.absolute_url()}/@history/0"
    )
    assert response.status_code in (401, 403, 404)


@pytest.mark.parametrize(
    "path", ["@users", "@users?query=member", "@groups", "@principals?search=mem"]
)
def test_user_endpoints_answer_after_the_upgrade(old_site, path):
    upgrade(old_site)
    response = old_site.admin.get(path)
    assert response.status_code == 200, response.text[:300]


def test_a_member_shows_their_working_group(old_site):
    upgrade(old_site)
    userid = old_site.users["member"]
    response = old_site.admin.get(f"@users/{userid}")
    assert response.status_code == 200, response.text[:300]


def test_users_deleted_before_leave_every_store(old_site):
    s = old_site
    upgrade(s)
    members = s.admin.get(f"{s.group.absolute_url()}/@members")
    assert members.status_code == 200
    assert GHOST not in members.text
    requests = s.admin.get(f"{s.other.absolute_url()}/@join-requests")
    assert requests.status_code == 200
    assert GHOST not in requests.text
    group = s.admin.get("@groups/coordinateurs")
    assert group.status_code == 200
    assert GHOST not in group.text
    transaction.begin()
    acl_users = api.portal.get_tool("acl_users")
    assert GHOST not in acl_users[PLUGIN_ID]._memberships
    assert not acl_users.portal_role_manager._principal_roles.get(GHOST)
    assert is_retired(GHOST)


def test_existing_users_and_members_are_kept(old_site):
    s = old_site
    before = s.admin.get(f"{s.group.absolute_url()}/@members").json()["items"]
    upgrade(s)
    after = s.admin.get(f"{s.group.absolute_url()}/@members").json()["items"]
    assert after == [m for m in before if m["id"] != GHOST]
    assert len(after) == 3
    site_coordinator = s.users["site_coordinator"]
    assert site_coordinator in s.admin.get("@groups/coordinateurs").text
    transaction.begin()
    assert not is_retired(site_coordinator)


def test_the_upgrade_is_done_once(old_site):
    upgrade(old_site)
    setup = api.portal.get_tool("portal_setup")
    assert setup.listUpgrades(PROFILE) == []
    # The profile's own version: later steps (1002, 1008…) run in the same upgrade.
    assert setup.getLastVersionForProfile(PROFILE) == (
        setup.getVersionForProfile(PROFILE),
    )
