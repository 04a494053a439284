"""A PAS groups plugin: the working groups a user belongs to, with their role.

It answers ``getGroupsForPrincipal``, and resolves each of the principals it
hands out (``getGroupById``) so that whatever lists a user's groups (plone.restapi's
``@users``, the control panels) finds a group behind each id. It enumerates
nothing, so the working groups' principals never appear in the groups control
panel's listing or in the sharing search.
"""

from AccessControl.class_init import InitializeClass
from BTrees.OOBTree import OOBTree
from plone import api
from polepatrimoine.workflows.workinggroups.roles import PRINCIPAL_PREFIX
from polepatrimoine.workflows.workinggroups.roles import ROLE_TITLES
from polepatrimoine.workflows.workinggroups.roles import principal_id
from Products.PlonePAS.interfaces.group import IGroupIntrospection
from Products.PlonePAS.plugins.group import PloneGroup
from Products.PluggableAuthService.interfaces.plugins import IGroupsPlugin
from Products.PluggableAuthService.interfaces.plugins import IRolesPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import implementer


PLUGIN_ID = "polepatrimoine_workinggroups"


def parse_principal(group_id) -> tuple[str, str] | None:
    """(working group uid, role) of one of our principals, else None."""
    if not isinstance(group_id, str) or not group_id.startswith(PRINCIPAL_PREFIX):
        return None
    uid, _sep, role = group_id[len(PRINCIPAL_PREFIX) :].rpartition(":")
    if not uid or role not in ROLE_TITLES:
        return None
    return uid, role


def _working_group(uid: str):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(UID=uid, portal_type="WorkingGroup")
    return brains[0] if brains else None


@implementer(IGroupsPlugin, IGroupIntrospection)
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

    def getGroupById(self, group_id, default=None):
        parsed = parse_principal(group_id)
        brain = _working_group(parsed[0]) if parsed else None
        if brain is None:
            return default
        role_title = translate(ROLE_TITLES[parsed[1]], context=getRequest())
        group = PloneGroup(group_id, group_id)
        group.addPropertysheet(
            self.getId(),
            {"title": f"{brain.Title} : {role_title}", "description": "", "email": ""},
        )
        # Global roles a Manager may have given this principal stay visible.
        plugins = self._getPAS()._getOb("plugins")
        for _rolemaker_id, rolemaker in plugins.listPlugins(IRolesPlugin):
            roles = rolemaker.getRolesForPrincipal(group)
            if roles:
                group._addRoles(roles)
        return group.__of__(self)

    # Listing nothing keeps the principals out of the groups control panel.
    def getGroups(self):
        return []

    def getGroupIds(self):
        return []

    def getGroupMembers(self, group_id):
        parsed = parse_principal(group_id)
        if parsed is None:
            return ()
        uid, role = parsed
        return tuple(
            userid
            for userid, groups in self._memberships.items()
            if groups.get(uid) == role
        )

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
    for interface in (IGroupsPlugin, IGroupIntrospection):
        if PLUGIN_ID not in acl_users.plugins.listPluginIds(interface):
            acl_users.plugins.activatePlugin(interface, PLUGIN_ID)


def uninstall_plugin(acl_users) -> None:
    if PLUGIN_ID in acl_users.objectIds():
        for interface in (IGroupsPlugin, IGroupIntrospection):
            if PLUGIN_ID in acl_users.plugins.listPluginIds(interface):
                acl_users.plugins.deactivatePlugin(interface, PLUGIN_ID)
        acl_users._delObject(PLUGIN_ID)
