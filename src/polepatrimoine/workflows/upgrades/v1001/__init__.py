"""1000 → 1001: what issue 12's fixes need on a site installed before them."""

from plone import api
from polepatrimoine.workflows import logger
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.pas import get_plugin
from polepatrimoine.workflows.workinggroups.pas import install_plugin
from Products.PlonePAS.interfaces.group import IGroupManagement
from Products.PluggableAuthService.events import PrincipalDeleted
from Products.PluggableAuthService.interfaces.plugins import IRoleAssignerPlugin
from zope.event import notify


def update_role_mappings(setup_tool) -> None:
    # Importing a workflow changes its definition, not the permissions already
    # set on each object: without this, earlier versions stay readable.
    count = api.portal.get_tool("portal_workflow").updateRoleMappings()
    logger.info("Permissions of %s objects updated from their workflows", count)


def activate_plugin(setup_tool) -> None:
    install_plugin(api.portal.get_tool("acl_users"))


def _stored_userids(acl_users) -> set[str]:
    """Every principal id the suite or Plone keeps for access."""
    ids = set(get_plugin()._memberships.keys())
    for group in membership.working_groups():
        ids.update(membership.members(group))
        ids.update(r.user for r in joinrequests.all_requests(group))
    plugins = acl_users.plugins
    for _plugin_id, plugin in plugins.listPlugins(IGroupManagement):
        # ZODBGroupManager's own map: asking through PAS would skip the missing.
        principal_groups = getattr(plugin, "_principal_groups", None)
        if principal_groups is not None:
            ids.update(principal_groups.keys())
    for _plugin_id, plugin in plugins.listPlugins(IRoleAssignerPlugin):
        principal_roles = getattr(plugin, "_principal_roles", None)
        if principal_roles is not None:
            ids.update(principal_roles.keys())
    return ids


def forget_deleted_users(setup_tool) -> list[str]:
    """Users deleted before the deletion was followed are deleted again, as PAS
    announces it: the suite's subscribers (these rosters, requests and plugin;
    Plone groups, global roles and the retired ids in the policy) do the rest."""
    acl_users = api.portal.get_tool("acl_users")
    # Zope's own users (the site's owner) may hold roles in the site.
    root_users = api.portal.get().getPhysicalRoot().acl_users
    gone = sorted(
        userid
        for userid in _stored_userids(acl_users)
        if acl_users.getUserById(userid) is None
        and acl_users.getGroupById(userid) is None
        and root_users.getUserById(userid) is None
    )
    for userid in gone:
        notify(PrincipalDeleted(userid))
    logger.info("Deleted users forgotten: %s", ", ".join(gone) or "none")
    return gone
