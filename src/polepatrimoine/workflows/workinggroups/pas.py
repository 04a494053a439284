"""A PAS groups plugin: the working groups a user belongs to, with their role.

It only answers ``getGroupsForPrincipal``: it enumerates nothing, so the
working groups' principals never appear in the groups control panel or in the
sharing search.
"""

from AccessControl.class_init import InitializeClass
from BTrees.OOBTree import OOBTree
from plone import api
from polepatrimoine.workflows.workinggroups.roles import principal_id
from Products.PluggableAuthService.interfaces.plugins import IGroupsPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zope.interface import implementer


PLUGIN_ID = "polepatrimoine_workinggroups"


@implementer(IGroupsPlugin)
class WorkingGroupsPlugin(BasePlugin):
    """Maps a user to the principals of the working groups they belong to."""

    meta_type = "Pôle Patrimoine working groups"

    def __init__(self, id=PLUGIN_ID, title="Pôle Patrimoine: working groups"):
        self._setId(id)
        self.title = title
        # user id -> OOBTree(working group uid -> role)
        self._memberships = OOBTree()

    def getGroupsForPrincipal(self, principal, request=None):
        groups = self._memberships.get(principal.getId())
        if not groups:
            return ()
        return tuple(principal_id(uid, role) for uid, role in groups.items())

    def memberships(self, userid: str) -> dict:
        """{working group uid: role} of a user."""
        return dict(self._memberships.get(userid, {}))

    def set_membership(self, userid: str, uid: str, role: str | None) -> None:
        groups = self._memberships.get(userid)
        if role is None:
            if groups is not None and uid in groups:
                del groups[uid]
                if not len(groups):
                    del self._memberships[userid]
            return
        if groups is None:
            groups = self._memberships[userid] = OOBTree()
        if groups.get(uid) != role:
            groups[uid] = role


InitializeClass(WorkingGroupsPlugin)


def get_plugin() -> WorkingGroupsPlugin:
    return getattr(api.portal.get_tool("acl_users"), PLUGIN_ID)


def install_plugin(acl_users) -> None:
    if PLUGIN_ID not in acl_users.objectIds():
        acl_users._setObject(PLUGIN_ID, WorkingGroupsPlugin())
    acl_users.plugins.activatePlugin(IGroupsPlugin, PLUGIN_ID)


def uninstall_plugin(acl_users) -> None:
    if PLUGIN_ID in acl_users.objectIds():
        acl_users.plugins.deactivatePlugin(IGroupsPlugin, PLUGIN_ID)
        acl_users._delObject(PLUGIN_ID)
