"""The roles a user can hold in a working group."""

from polepatrimoine.workflows import _


COORDINATOR = "coordinator"
MEMBER = "member"
GUEST = "guest"

# Group role -> the Plone local role it grants on the working group.
LOCAL_ROLES = {
    COORDINATOR: "GroupCoordinator",
    MEMBER: "GroupMember",
    GUEST: "GroupGuest",
}
ROLES = tuple(LOCAL_ROLES)

ROLE_TITLES = {
    COORDINATOR: _("Coordinator"),
    MEMBER: _("Member"),
    GUEST: _("Guest"),
}

PRINCIPAL_PREFIX = "workinggroup:"


def principal_id(uid: str, role: str) -> str:
    """The stable principal that holds role in the working group uid."""
    return f"{PRINCIPAL_PREFIX}{uid}:{role}"
