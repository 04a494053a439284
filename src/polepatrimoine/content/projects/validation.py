"""The rules of a project's fields: who may name a carrier, a period in order."""

from AccessControl import getSecurityManager
from datetime import date
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import FieldError


def _target(value):
    # A relation field holds a RelationValue; forms and REST validate the object.
    return getattr(value, "to_object", value)


def may_carry(actor) -> bool:
    """Whether the current user may name actor as a project's carrier:
    coordinators (who review content) any actor, a member the actors they own."""
    user = getSecurityManager().getUser()
    if getSecurityManager().checkPermission("Review portal content", actor):
        return True
    return "Owner" in (user.getRolesInContext(actor) or ())


def check_carrier(value):
    actor = _target(value)
    if actor is None:
        return value
    if not may_carry(actor):
        raise FieldError(
            _(
                "You may propose a project only for an actor of the directory that "
                "you own (ask the coordinators to publish it for another actor)."
            ),
            value,
        )
    return value


def as_date(value):
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def check_period(start, end) -> None:
    start, end = as_date(start), as_date(end)
    if start is not None and end is not None and end < start:
        raise FieldError(_("The end of a project cannot be before its start."), end)
