"""Upgrade 1002 → 1004 of the content profile: the newsletter's permission, retention record and user menu links."""

from plone import api
from polepatrimoine.content.newsletter.permissions import MANAGE_NEWSLETTER
from polepatrimoine.content.newsletter.subscribers import UNSUBSCRIBED_MONTHS


PROFILE = "polepatrimoine.content:default"


def roles_of(portal) -> set:
    return {
        r["name"] for r in portal.rolesOfPermission(MANAGE_NEWSLETTER) if r["selected"]
    }


def test_upgrade_grants_the_permission_and_adds_the_record(integration, setup_tool):
    portal = integration["portal"]
    registry = api.portal.get_tool("portal_registry")
    portal.manage_permission(MANAGE_NEWSLETTER, ["Manager"], acquire=True)
    del registry.records[UNSUBSCRIBED_MONTHS]
    user_actions = portal.portal_actions.user
    user_actions.manage_delObjects(["newsletter-preferences", "newsletter-subscribers"])
    setup_tool.setLastVersionForProfile(PROFILE, "1002")
    assert roles_of(portal) == {"Manager"}
    setup_tool.upgradeProfile(PROFILE, dest="1004")
    assert roles_of(portal) == {"Manager", "Site Administrator"}
    assert api.portal.get_registry_record(UNSUBSCRIBED_MONTHS) == 12
    assert {"newsletter-preferences", "newsletter-subscribers"} <= set(
        user_actions.objectIds()
    )
    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1004",)
