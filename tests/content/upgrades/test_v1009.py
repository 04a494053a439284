"""Upgrade 1006 → 1009 of the content profile: the Project type, its indexes and
columns, its add and contact permissions, the working groups' linked projects."""

from plone import api


PROFILE = "polepatrimoine.content:default"
INDEXES = (
    "project_kind",
    "project_status",
    "departments",
    "project_year",
    "project_reproducible",
    "project_carrier",
    "project_partners",
)
COLUMNS = (
    "project_kind",
    "project_status",
    "departments",
    "project_year",
    "project_reproducible",
    "carrier_title",
)


def test_upgrade_adds_the_type_its_indexes_and_permissions(integration, setup_tool):
    portal = integration["portal"]
    types = api.portal.get_tool("portal_types")
    catalog = api.portal.get_tool("portal_catalog")
    types.manage_delObjects(["Project"])
    for name in INDEXES:
        catalog.delIndex(name)
    for name in COLUMNS:
        catalog.delColumn(name)
    group_fti = types["WorkingGroup"]
    group_fti.behaviors = tuple(
        b for b in group_fti.behaviors if b != "polepatrimoine.projects"
    )
    portal.manage_permission("polepatrimoine: Add Project", [], acquire=True)
    setup_tool.setLastVersionForProfile(PROFILE, "1006")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1009",)
    assert types["Project"].add_permission == "polepatrimoine.AddProject"
    assert "polepatrimoine.projects" in types["WorkingGroup"].behaviors
    assert set(INDEXES) <= set(catalog.indexes())
    assert set(COLUMNS) <= set(catalog.schema())
    assert catalog._catalog.getIndex("heritage_domains").meta_type == "KeywordIndex"
    roles = {
        r["name"]
        for r in portal.rolesOfPermission("polepatrimoine: View project contact")
        if r["selected"]
    }
    assert roles == {"Manager", "Site Administrator", "Authenticated"}
