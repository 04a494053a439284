"""Upgrade 1006 → 1008 of the content profile: actors' ``welcomes_young``, the
applications' permission, retention record and « Mes offres » link."""

from plone import api
from polepatrimoine.content.opportunities.applications.access import READ_APPLICATIONS
from tests.fixtures.actors import make_actor


PROFILE = "polepatrimoine.content:default"
RECORD = "polepatrimoine.retention.opportunity_applications_days"


def test_upgrade_adds_the_behavior_index_and_column(integration, setup_tool):
    portal = integration["portal"]
    actor = make_actor(portal, title="Atelier d'avant", welcomes_young=["stages"])
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("welcomes_young")
    catalog.delColumn("welcomes_young")
    fti = api.portal.get_tool("portal_types")["Actor"]
    fti.behaviors = tuple(
        b for b in fti.behaviors if b != "polepatrimoine.welcomes_young"
    )
    setup_tool.setLastVersionForProfile(PROFILE, "1006")
    setup_tool.upgradeProfile(PROFILE)
    assert "polepatrimoine.welcomes_young" in fti.behaviors
    (brain,) = catalog(UID=actor.UID(), welcomes_young="stages")
    assert brain.welcomes_young == ["stages"]
    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )


def test_upgrade_adds_the_applications_permission_record_and_action(
    integration, setup_tool
):
    portal = integration["portal"]
    registry = api.portal.get_tool("portal_registry")
    del registry.records[RECORD]
    portal.manage_permission(READ_APPLICATIONS, ["Manager"], acquire=True)
    portal.portal_actions.user.manage_delObjects(["my-opportunities"])
    setup_tool.setLastVersionForProfile(PROFILE, "1006")
    setup_tool.upgradeProfile(PROFILE)
    assert api.portal.get_registry_record(RECORD) == 30
    roles = {
        r["name"] for r in portal.rolesOfPermission(READ_APPLICATIONS) if r["selected"]
    }
    assert roles == {"Manager", "Site Administrator", "Owner"}
    assert "my-opportunities" in portal.portal_actions.user.objectIds()
