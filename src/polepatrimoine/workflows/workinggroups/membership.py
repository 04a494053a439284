"""Who belongs to a working group, with which role.

The roster is stored on the working group (an OOBTree user id -> role) and
mirrored in the PAS plugin (user id -> working groups). Every change goes
through this module; bad requests raise ``MembershipError`` before anything is
written.
"""

from BTrees.OOBTree import OOBTree
from plone import api
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.pas import get_plugin
from polepatrimoine.workflows.workinggroups.roles import COORDINATOR
from polepatrimoine.workflows.workinggroups.roles import ROLES
from zope.event import notify
from zope.interface import Attribute
from zope.interface import Interface
from zope.interface import implementer


ROSTER_KEY = "polepatrimoine.workinggroup.roster"


class MembershipError(ValueError):
    """A membership change that cannot be made; the message names the problem,
    ``field`` the request field at fault when there is one."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


class IMembershipChanged(Interface):
    """A user joined, left or changed role in a group (through this module)."""

    group = Attribute("The working group")
    userid = Attribute("The user concerned")
    old_role = Attribute("Their role before (None: they were not a member)")
    new_role = Attribute("Their role now (None: they left)")


@implementer(IMembershipChanged)
class MembershipChanged:
    def __init__(self, group, userid, old_role, new_role):
        self.group = group
        self.userid = userid
        self.old_role = old_role
        self.new_role = new_role


def _roster(group, create=False):
    return stored(group, ROSTER_KEY, OOBTree, create)


def members(group) -> dict:
    """{user id: role} of a working group."""
    roster = _roster(group)
    return dict(roster.items()) if roster is not None else {}


def role_of(group, userid: str | None) -> str | None:
    if not userid:
        return None
    roster = _roster(group)
    return roster.get(userid) if roster is not None else None


def coordinators(group) -> list:
    return [userid for userid, role in members(group).items() if role == COORDINATOR]


def check_role(role) -> None:
    if role not in ROLES:
        raise MembershipError(
            _(
                "Unknown role '${role}': choose coordinator, member or guest.",
                mapping={"role": role},
            ),
            field="role",
        )


def check_user(userid) -> None:
    if not isinstance(userid, str) or not userid or api.user.get(userid=userid) is None:
        raise MembershipError(
            _(
                "Unknown user '${user}'.",
                mapping={"user": userid},
            ),
            field="user",
        )


def _check_last_coordinator(group, userid: str, new_role: str | None) -> None:
    demoted = role_of(group, userid) == COORDINATOR and new_role != COORDINATOR
    if demoted and coordinators(group) == [userid]:
        raise MembershipError(
            _(
                (
                    "'${user}' is the last coordinator of the group: name "
                    "another coordinator first."
                ),
                mapping={"user": userid},
            )
        )


def _write(group, userid: str, role: str | None) -> None:
    roster = _roster(group, create=True)
    if role is None:
        if userid in roster:
            del roster[userid]
    elif roster.get(userid) != role:
        roster[userid] = role
    get_plugin().set_membership(userid, group.UID(), role)


def add_member(group, userid, role) -> None:
    """Add an existing user with a role (raises if they already belong)."""
    check_role(role)
    check_user(userid)
    if role_of(group, userid) is not None:
        raise MembershipError(
            _(
                "'${user}' already belongs to the group.",
                mapping={"user": userid},
            ),
            field="user",
        )
    _write(group, userid, role)
    notify(MembershipChanged(group, userid, None, role))


def _check_member(group, userid) -> None:
    if role_of(group, userid) is None:
        raise MembershipError(
            _(
                "'${user}' does not belong to the group.",
                mapping={"user": userid},
            )
        )


def change_role(group, userid, role) -> None:
    check_role(role)
    _check_member(group, userid)
    _check_last_coordinator(group, userid, role)
    old_role = role_of(group, userid)
    _write(group, userid, role)
    notify(MembershipChanged(group, userid, old_role, role))


def remove_member(group, userid) -> None:
    _check_member(group, userid)
    _check_last_coordinator(group, userid, None)
    old_role = role_of(group, userid)
    _write(group, userid, None)
    notify(MembershipChanged(group, userid, old_role, None))


def forget_group(group) -> None:
    """The group is deleted: its members leave it (nothing checked)."""
    plugin = get_plugin()
    uid = group.UID()
    for userid in members(group):
        plugin.set_membership(userid, uid, None)


def working_groups() -> list:
    """Every working group of the site, whoever asks."""
    catalog = api.portal.get_tool("portal_catalog")
    return [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="WorkingGroup")
    ]


def forget_user(userid: str) -> None:
    """The user is deleted: they leave every group (nothing checked, not even
    the last coordinator rule) and the PAS plugin forgets them."""
    for group in working_groups():
        roster = _roster(group)
        if roster is not None and userid in roster:
            del roster[userid]
    plugin = get_plugin()
    for uid in plugin.memberships(userid):
        plugin.set_membership(userid, uid, None)


def rebuild_index() -> int:
    """Mirror every group's roster in the PAS plugin (after a reinstall)."""
    plugin = get_plugin()
    catalog = api.portal.get_tool("portal_catalog")
    groups = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="WorkingGroup"):
        group = brain._unrestrictedGetObject()
        for userid, role in members(group).items():
            plugin.set_membership(userid, group.UID(), role)
        groups += 1
    return groups


def user_info(userid: str, with_email: bool = False) -> dict:
    user = api.user.get(userid=userid)
    fullname = (user.getProperty("fullname") if user else "") or userid
    info = {"id": userid, "fullname": fullname}
    if with_email:
        info["email"] = (user.getProperty("email") if user else "") or ""
    return info


def my_groups(userid: str) -> dict:
    """{working group uid: role} of a user."""
    return get_plugin().memberships(userid)
