"""Upgrade 1004 → 1012 of the content profile and 1001 → 1007 of the workflows profile:
group mail and date polls on an existing site."""

from plone import api


CONTENT = "polepatrimoine.content:default"
WORKFLOWS = "polepatrimoine.workflows:default"


def roles_of(portal, permission) -> set:
    return {r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]}


def test_upgrades_add_types_index_workflows_and_permissions(integration, setup_tool):
    portal = integration["portal"]
    types = api.portal.get_tool("portal_types")
    catalog = api.portal.get_tool("portal_catalog")
    workflow_tool = api.portal.get_tool("portal_workflow")
    # The site as it was before: no types, no index, no workflows, no grants.
    types.manage_delObjects(["GroupMessage", "DatePoll"])
    group_fti = types["WorkingGroup"]
    group_fti.allowed_content_types = tuple(
        t
        for t in group_fti.allowed_content_types
        if t not in ("GroupMessage", "DatePoll")
    )
    catalog.delIndex("poll_open")
    catalog.delColumn("poll_open")
    catalog.delColumn("poll_dates")
    workflow_tool.setChainForPortalTypes(("GroupMessage", "DatePoll"), "(Default)")
    workflow_tool.manage_delObjects(
        ["polepatrimoine_group_message_workflow", "polepatrimoine_date_poll_workflow"]
    )
    for permission in (
        "polepatrimoine: Send group mail",
        "polepatrimoine: Add DatePoll",
        "polepatrimoine: Answer date poll",
        "polepatrimoine: Add GroupMessage",
    ):
        portal.manage_permission(permission, [], acquire=True)
    setup_tool.setLastVersionForProfile(CONTENT, "1004")
    setup_tool.setLastVersionForProfile(WORKFLOWS, "1001")

    setup_tool.upgradeProfile(CONTENT, dest="1012")
    setup_tool.upgradeProfile(WORKFLOWS, dest="1007")

    assert {"GroupMessage", "DatePoll"} <= set(types.objectIds())
    assert {"GroupMessage", "DatePoll"} <= set(group_fti.allowed_content_types)
    assert "poll_open" in catalog.indexes()
    assert {"poll_open", "poll_dates"} <= set(catalog.schema())
    assert workflow_tool.getChainForPortalType("DatePoll") == (
        "polepatrimoine_date_poll_workflow",
    )
    assert workflow_tool.getChainForPortalType("GroupMessage") == (
        "polepatrimoine_group_message_workflow",
    )
    assert roles_of(portal, "polepatrimoine: Send group mail") == {
        "Manager",
        "Site Administrator",
        "GroupCoordinator",
    }
    assert "GroupMember" in roles_of(portal, "polepatrimoine: Answer date poll")
    assert roles_of(portal, "polepatrimoine: Add GroupMessage") == {"Manager"}
    assert setup_tool.getLastVersionForProfile(CONTENT) == ("1012",)
    assert setup_tool.getLastVersionForProfile(WORKFLOWS) == ("1007",)
