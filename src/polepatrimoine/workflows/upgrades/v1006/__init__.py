"""1001 → 1006: comments and discussions in the working groups (issue 19)."""

from plone import api
from polepatrimoine.workflows import logger
from polepatrimoine.workflows.workinggroups import membership


def update_groups(setup_tool) -> None:
    # Only the groups' workflow gained rows: their content acquires them.
    wftool = api.portal.get_tool("portal_workflow")
    workflow = wftool["polepatrimoine_working_group_workflow"]
    groups = membership.working_groups()
    for group in groups:
        workflow.updateRoleMappingsFor(group)
    logger.info("Comment and discussion permissions set on %s groups", len(groups))
