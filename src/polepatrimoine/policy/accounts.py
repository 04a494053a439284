"""User ids are never handed out twice, and a deleted user leaves every Plone group and global role.

Plone derives a new user's id from their full name: once a user is deleted,
the next person registering with the same name would get the same id, and with
it whatever is still stored under that id (group memberships, global roles,
ownership, "my applications", registrations…). Two guards:

- the id of a deleted user is retired, and the id generator
  (``IUserIdGenerator``) steps over retired ids (``bob-jones`` then
  ``bob-jones-1``), so nothing keyed by an old id is ever inherited;
- the deletion removes the user from every group of the site's group managers
  (site groups, calls' juries) and takes back their global roles. The working
  groups forget them in ``polepatrimoine.workflows.workinggroups``.
"""

from BTrees.OOBTree import OOTreeSet
from plone import api
from plone.app.users.browser.interfaces import IUserIdGenerator
from plone.app.users.utils import generate_user_id
from plone.base.interfaces import ISecuritySchema
from plone.browserlayer.utils import registered_layers
from plone.registry.interfaces import IRegistry
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.policy import logger
from Products.PlonePAS.interfaces.group import IGroupManagement
from Products.PluggableAuthService.interfaces.plugins import IGroupsPlugin
from Products.PluggableAuthService.interfaces.plugins import IRoleAssignerPlugin
from Products.PluggableAuthService.interfaces.plugins import IRolesPlugin
from zope.component import getUtility
from zope.interface import implementer

import threading


RETIRED_KEY = "polepatrimoine.retired_userids"
# Plone's own try-suffixes stop at 100 (RENAME_AFTER_CREATION_ATTEMPTS).
MAX_SUFFIX = 1000


def installed() -> bool:
    return IBrowserLayer in registered_layers()


def retired_ids(create: bool = False):
    """The ids of every user deleted from the site (an OOTreeSet), or None."""
    return stored(api.portal.get(), RETIRED_KEY, OOTreeSet, create)


def is_retired(userid: str) -> bool:
    retired = retired_ids()
    return retired is not None and userid in retired


_computing = threading.local()


@implementer(IUserIdGenerator)
class NeverReusedUserIds:
    """Plone's choice of a new user id, stepping over the ids of deleted users."""

    def __call__(self, data):
        if getattr(_computing, "active", False):
            # Asked again by generate_user_id below: let Plone choose.
            return None
        registry = getUtility(IRegistry)
        settings = registry.forInterface(ISecuritySchema, prefix="plone")
        if settings.use_uuid_as_userid or not retired_ids():
            return None
        _computing.active = True
        try:
            userid = generate_user_id(api.portal.get(), dict(data))
        finally:
            _computing.active = False
        if not userid or not is_retired(userid):
            return userid
        registration = api.portal.get_tool("portal_registration")
        for index in range(1, MAX_SUFFIX):
            candidate = f"{userid}-{index}"
            if not is_retired(candidate) and registration.isMemberIdAllowed(candidate):
                return candidate
        return None


class _Principal:
    """What PAS plugins need of a principal that no longer exists: its id."""

    def __init__(self, principal_id):
        self._id = principal_id

    def getId(self):
        return self._id

    getUserName = getId

    def getGroups(self):
        return ()


def _plugins(interface):
    return api.portal.get_tool("acl_users").plugins.listPlugins(interface)


def forget_deleted_user(event) -> None:
    if not installed():
        return
    userid = event.principal
    if not isinstance(userid, str):
        userid = userid.getId()
    retired_ids(create=True).add(userid)
    principal = _Principal(userid)
    for _plugin_id, plugin in _plugins(IGroupManagement):
        # Virtual groups (AuthenticatedUsers) have no members to remove.
        remove = getattr(plugin, "removePrincipalFromGroup", None)
        if remove is None or not IGroupsPlugin.providedBy(plugin):
            continue
        for group_id in plugin.getGroupsForPrincipal(principal):
            remove(userid, group_id)
    for _plugin_id, plugin in _plugins(IRoleAssignerPlugin):
        if hasattr(plugin, "assignRolesToPrincipal"):
            # PlonePAS: "only these roles", pseudo-roles included.
            plugin.assignRolesToPrincipal((), userid)
            continue
        if not IRolesPlugin.providedBy(plugin):
            continue
        for role in plugin.getRolesForPrincipal(principal):
            try:
                plugin.doRemoveRoleFromPrincipal(userid, role)
            except KeyError:
                # A role this plugin does not manage (one of a virtual group).
                continue
    logger.info("User %s deleted: id retired, groups and global roles removed", userid)
