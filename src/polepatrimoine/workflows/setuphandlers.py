"""GenericSetup handlers of the workflows profile."""

from plone import api
from polepatrimoine.workflows.workinggroups.pas import install_plugin
from polepatrimoine.workflows.workinggroups.pas import uninstall_plugin


def post_install(context):
    """The PAS plugin that puts users in their working groups' principals."""
    install_plugin(api.portal.get_tool("acl_users"))


def uninstall(context):
    uninstall_plugin(api.portal.get_tool("acl_users"))
