"""GenericSetup handlers of the workflows profile."""

from plone import api
from polepatrimoine.workflows.workinggroups.membership import rebuild_index
from polepatrimoine.workflows.workinggroups.pas import install_plugin
from polepatrimoine.workflows.workinggroups.pas import uninstall_plugin


def post_install(context):
    """The PAS plugin that puts users in their working groups' principals.

    On a reinstall, the rosters kept on the groups fill the new plugin again.
    """
    install_plugin(api.portal.get_tool("acl_users"))
    rebuild_index()


def uninstall(context):
    uninstall_plugin(api.portal.get_tool("acl_users"))
