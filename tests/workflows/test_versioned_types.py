"""Every suite workflow governing a versioned type decides who reads its earlier versions.

CMFEditions' rolemap gives "Access previous versions" to Contributor, Owner,
Editor and Reviewer wherever a workflow leaves it acquired: on ``acteurs``
every member is Contributor. A workflow of the suite bound to a type with
``plone.versioning`` (directly, or as the workspace workflow of content inside
a working group) must hold the version permissions in each state, and nobody
may read the versions who cannot read the draft states.
"""

from plone import api
from polepatrimoine.workflows.workinggroups.chain import WORKSPACE_TYPES
from polepatrimoine.workflows.workinggroups.chain import WORKSPACE_WORKFLOW

import pytest


VERSIONS = (
    "CMFEditions: Access previous versions",
    "CMFEditions: Apply version control",
    "CMFEditions: Revert to previous versions",
    "CMFEditions: Save new version",
)


def versioned_types():
    types = api.portal.get_tool("portal_types")
    return [
        fti.getId()
        for fti in types.objectValues()
        if "plone.versioning" in (getattr(fti, "behaviors", None) or ())
    ]


def suite_workflows_of_versioned_types():
    wftool = api.portal.get_tool("portal_workflow")
    found = set()
    for portal_type in versioned_types():
        for workflow_id in wftool.getChainForPortalType(portal_type):
            if workflow_id.startswith("polepatrimoine_"):
                found.add(workflow_id)
        if portal_type in WORKSPACE_TYPES:
            found.add(WORKSPACE_WORKFLOW)
    return sorted(found)


def test_the_suite_versions_actors_offers_projects_and_workspace_content(portal):
    assert {"Actor", "Resource", "Document", "Opportunity", "Project"} <= set(
        versioned_types()
    )
    assert suite_workflows_of_versioned_types() == [
        "polepatrimoine_actor_workflow",
        "polepatrimoine_opportunity_workflow",
        "polepatrimoine_project_workflow",
        WORKSPACE_WORKFLOW,
    ]


def test_each_suite_workflow_of_a_versioned_type_manages_versions(portal):
    wftool = api.portal.get_tool("portal_workflow")
    for workflow_id in suite_workflows_of_versioned_types():
        workflow = wftool[workflow_id]
        assert set(VERSIONS) <= set(workflow.permissions), workflow_id
        for state in workflow.states.objectValues():
            for permission in VERSIONS:
                # A tuple: not acquired from CMFEditions' rolemap.
                roles = state.permission_roles[permission]
                assert isinstance(roles, tuple), (workflow_id, state.getId())


@pytest.mark.parametrize(
    "workflow_id", ["polepatrimoine_actor_workflow", WORKSPACE_WORKFLOW]
)
def test_versions_are_read_only_by_readers_of_the_drafts(portal, workflow_id):
    workflow = api.portal.get_tool("portal_workflow")[workflow_id]
    initial = workflow.states[workflow.initial_state].permission_roles["View"]
    for state in workflow.states.objectValues():
        readers = state.permission_roles["CMFEditions: Access previous versions"]
        assert "Anonymous" not in readers
        assert "Authenticated" not in readers
        assert "Contributor" not in readers
        assert set(readers) <= set(initial), state.getId()


def test_resource_stays_with_plones_workflow(portal):
    """Resource follows the site's default workflow (private drafts): there,
    those who hold the version permissions (CMFEditions' rolemap) all read the
    private state too, but Reviewer, held only by coordinators, who are also
    Site Administrators."""
    wftool = api.portal.get_tool("portal_workflow")
    (workflow_id,) = wftool.getChainForPortalType("Resource")
    assert not workflow_id.startswith("polepatrimoine_")
    private = wftool[workflow_id].states[wftool[workflow_id].initial_state]
    draft_readers = set(private.permission_roles["View"])
    site = api.portal.get()
    version_readers = {
        r["name"]
        for r in site.rolesOfPermission("CMFEditions: Access previous versions")
        if r["selected"]
    }
    assert version_readers - draft_readers <= {"Reviewer"}
