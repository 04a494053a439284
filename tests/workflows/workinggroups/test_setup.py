"""The workflows profile installs the PAS plugin; uninstall removes it."""

from plone import api
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.pas import PLUGIN_ID
from Products.PluggableAuthService.interfaces.plugins import IGroupsPlugin

import pytest


def active_group_plugins():
    acl_users = api.portal.get_tool("acl_users")
    return [pid for pid, _ in acl_users.plugins.listPlugins(IGroupsPlugin)]


def test_plugin_active(portal):
    assert PLUGIN_ID in active_group_plugins()


def test_user_action(portal):
    actions = api.portal.get_tool("portal_actions")
    assert "my-working-groups" in actions.user.objectIds()


class TestUninstall:
    @pytest.fixture
    def uninstalled(self, scenario, installer):
        installer.uninstall_product("polepatrimoine.policy")
        return scenario

    def test_plugin_removed(self, uninstalled):
        assert PLUGIN_ID not in api.portal.get_tool("acl_users").objectIds()
        assert PLUGIN_ID not in active_group_plugins()
        actions = api.portal.get_tool("portal_actions")
        assert "my-working-groups" not in actions.user.objectIds()

    def test_reinstall_restores_memberships(self, uninstalled, installer):
        installer.install_product("polepatrimoine.policy")
        userid = uninstalled.users["member"]
        assert membership.my_groups(userid) == {uninstalled.group.UID(): "member"}
        with api.env.adopt_user(user=api.user.get(userid=userid)):
            assert api.user.has_permission("View", obj=uninstalled.internal)
