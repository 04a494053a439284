"""The jury of a call: one stable Plone group per call holds the local role Juror.

The group gets the role once, when the call is created; assigning or removing
jurors only changes the group's members, so no catalog security index has to
be recomputed. Only members of the site group ``jury`` can be assigned.
"""

from plone import api
from plone.contentrules.engine.interfaces import IRuleAssignmentManager


JUROR_ROLE = "Juror"
SITE_JURY_GROUP = "jury"


def jury_group_id(call) -> str:
    return f"jury-{call.UID()}"


def ensure_jury_group(call) -> str:
    group_id = jury_group_id(call)
    if api.group.get(groupname=group_id) is None:
        api.group.create(
            groupname=group_id,
            title=f"Jury : {call.Title()}",
            description="Membres du jury de cet appel à candidatures.",
        )
    roles = set(call.get_local_roles_for_userid(group_id))
    if JUROR_ROLE not in roles:
        call.manage_setLocalRoles(group_id, sorted(roles | {JUROR_ROLE}))
    return group_id


def jurors(call) -> list[str]:
    group = api.group.get(groupname=jury_group_id(call))
    if group is None:
        return []
    return sorted(group.getGroupMemberIds())


def candidates() -> list[str]:
    """Users who may be assigned to a call's jury: members of the site group."""
    group = api.group.get(groupname=SITE_JURY_GROUP)
    return sorted(group.getGroupMemberIds()) if group is not None else []


def set_jurors(call, user_ids) -> list[str]:
    """Make user_ids the call's jury; raise ValueError naming unknown candidates."""
    allowed = set(candidates())
    refused = [uid for uid in user_ids if uid not in allowed]
    if refused:
        raise ValueError(", ".join(refused))
    group_id = ensure_jury_group(call)
    current = set(jurors(call))
    wanted = set(user_ids)
    for user_id in wanted - current:
        api.group.add_user(groupname=group_id, username=user_id)
    for user_id in current - wanted:
        api.group.remove_user(groupname=group_id, username=user_id)
    return sorted(wanted)


def jury_emails(call) -> list[str]:
    emails = []
    for user_id in jurors(call):
        user = api.user.get(userid=user_id)
        email = user.getProperty("email") if user is not None else None
        if email:
            emails.append(email)
    return emails


def call_added(call, event) -> None:
    ensure_jury_group(call)
    # Created now, not by the first of many concurrent submissions.
    IRuleAssignmentManager(call)


def call_removed(call, event) -> None:
    group_id = jury_group_id(call)
    if api.group.get(groupname=group_id) is not None:
        api.group.delete(groupname=group_id)
