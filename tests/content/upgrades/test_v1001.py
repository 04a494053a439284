"""Upgrade 1000 → 1001 of the content profile: coordinators get the actor membership permission."""

from plone import api
from polepatrimoine.content.actors.coordination import MANAGE_MEMBERSHIP
from Products.CMFCore.indexing import processQueue


def roles_of(portal) -> set:
    return {
        r["name"] for r in portal.rolesOfPermission(MANAGE_MEMBERSHIP) if r["selected"]
    }


def test_upgrade_grants_the_permission(integration, setup_tool):
    portal = integration["portal"]
    profile = "polepatrimoine.content:default"
    portal.manage_permission(MANAGE_MEMBERSHIP, ["Manager"], acquire=True)
    setup_tool.setLastVersionForProfile(profile, "1000")
    assert roles_of(portal) == {"Manager"}
    assert (
        len([u for u in setup_tool.listUpgrades(profile) if u["dest"] == ("1001",)])
        == 2
    )
    setup_tool.upgradeProfile(profile)
    assert roles_of(portal) == {"Manager", "Site Administrator"}
    assert setup_tool.getLastVersionForProfile(profile) == ("1011",)


def test_upgrade_drops_unsafe_replay_links_from_the_catalog(integration, setup_tool):
    portal = integration["portal"]
    profile = "polepatrimoine.content:default"
    with api.env.adopt_roles(["Manager"]):
        event = api.content.create(
            container=portal["agenda"],
            type="Event",
            title="Journée ancienne",
            replay_url="https://replay.example.org/a",
        )
    processQueue()
    catalog = api.portal.get_tool("portal_catalog")
    # As a release without the rule indexed it.
    event.replay_url = "javascript:alert(1)"
    rid = catalog.getrid("/".join(event.getPhysicalPath()))
    record = list(catalog._catalog.data[rid])
    record[catalog._catalog.schema["replay_url"]] = event.replay_url
    catalog._catalog.data[rid] = tuple(record)
    [brain] = catalog.unrestrictedSearchResults(UID=event.UID())
    assert brain.replay_url == "javascript:alert(1)"
    setup_tool.setLastVersionForProfile(profile, "1000")
    setup_tool.upgradeProfile(profile)
    [brain] = catalog.unrestrictedSearchResults(UID=event.UID())
    assert brain.replay_url is None
