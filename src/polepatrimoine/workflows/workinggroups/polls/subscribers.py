"""A poll proposed (REST or the add form) goes into the group's activity stream."""

from polepatrimoine.workflows.workinggroups.activity import store as activity
from polepatrimoine.workflows.workinggroups.chain import working_group_of


def poll_opened(poll, event) -> None:
    group = working_group_of(poll)
    if group is not None:
        activity.record(group, "poll", obj=poll, action="opened")
