"""Each member's choice per working group: every item, a weekly digest, or nothing.

Kept in an annotation of the site, user id -> record (modes per group UID,
the time of the last digest); the private feed's token lives in ``tokens``.
"""

from BTrees.OOBTree import OOBTree
from persistent.mapping import PersistentMapping
from plone import api
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership


SETTINGS_KEY = "polepatrimoine.notifications.settings"

EACH = "each"
WEEKLY = "weekly"
NONE = "none"
MODES = (EACH, WEEKLY, NONE)
DEFAULT = WEEKLY
MODE_TITLES = {
    EACH: _("Every item, by e-mail"),
    WEEKLY: _("A weekly digest"),
    NONE: _("Nothing"),
}


class SettingsError(ValueError):
    """A setting refused; ``field`` names the request field at fault."""

    def __init__(self, message, field: str):
        super().__init__(message)
        self.message = message
        self.field = field


def _all(create=False):
    return stored(api.portal.get(), SETTINGS_KEY, OOBTree, create)


def record(userid: str, create: bool = False):
    """The stored record of a user (``modes``, ``last_digest``), or None."""
    settings = _all(create)
    if settings is None:
        return None
    found = settings.get(userid)
    if found is None and create:
        found = settings[userid] = PersistentMapping(
            {"modes": PersistentMapping(), "last_digest": None}
        )
    return found


def mode(userid: str, group_uid: str) -> str:
    found = record(userid)
    if found is None:
        return DEFAULT
    return found["modes"].get(group_uid, DEFAULT)


def modes(userid: str) -> dict:
    """{group UID: mode} for every group the user belongs to now."""
    return {uid: mode(userid, uid) for uid in membership.my_groups(userid)}


def set_modes(userid: str, wanted) -> None:
    """Set several modes at once, all checked before any is written."""
    if not isinstance(wanted, dict) or not wanted:
        raise SettingsError(
            _(
                "'groups' must map the UID of each of your working groups to "
                "each, weekly or none."
            ),
            field="groups",
        )
    mine = membership.my_groups(userid)
    for uid, value in wanted.items():
        if uid not in mine:
            # The same answer for a group that does not exist and for one the
            # user is not in: nothing tells whether a UID is a group.
            raise SettingsError(
                _(
                    "'${group}' is not one of your working groups.",
                    mapping={"group": uid},
                ),
                field="groups",
            )
        if value not in MODES:
            raise SettingsError(
                _(
                    "Unknown notification mode '${mode}': choose each, weekly or none.",
                    mapping={"mode": value},
                ),
                field="groups",
            )
    stored_modes = record(userid, create=True)["modes"]
    for uid, value in wanted.items():
        if stored_modes.get(uid) != value:
            stored_modes[uid] = value


def last_digest(userid: str):
    found = record(userid)
    return found["last_digest"] if found is not None else None


def set_last_digest(userid: str, when) -> None:
    record(userid, create=True)["last_digest"] = when


def userids() -> list:
    settings = _all()
    return list(settings.keys()) if settings is not None else []


def forget(userid: str) -> int:
    """Drop the user's settings; the number of records dropped (0 or 1)."""
    settings = _all()
    if settings is not None and userid in settings:
        del settings[userid]
        return 1
    return 0


def forget_group(group_uid: str) -> None:
    """A deleted group: its modes go from every record."""
    settings = _all()
    if settings is None:
        return
    for found in settings.values():
        if group_uid in found["modes"]:
            del found["modes"][group_uid]
