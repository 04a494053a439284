"""The rules of an offer that one field alone cannot say: REST and forms share them."""

from Acquisition import aq_base
from datetime import date
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.vocabularies import KIND_DETAILS_OF
from zope.i18nmessageid import Message


# Coordinators offer for any structure of the directory.
COORDINATOR_ROLES = ("Manager", "Site Administrator")


class FieldError(ValueError):
    def __init__(self, field: str, message: Message):
        super().__init__(message)
        self.field = field
        self.message = message


def is_coordinator() -> bool:
    return bool(set(api.user.get_roles()) & set(COORDINATOR_ROLES))


def check_structure(actor) -> None:
    """A member offers only for the actors they own; coordinators for any."""
    if actor is None or getattr(aq_base(actor), "portal_type", None) != "Actor":
        raise FieldError("structure", _("Choose the structure in the directory."))
    if is_coordinator():
        return
    if "Owner" not in api.user.get_roles(obj=actor):
        raise FieldError(
            "structure",
            _(
                "You can only offer for a structure of the directory that you "
                "manage. Ask the coordinators to add you to it."
            ),
        )


def check_kind_detail(kind: str | None, detail: str | None) -> None:
    if detail and detail not in KIND_DETAILS_OF.get(kind, ()):
        raise FieldError(
            "kind_detail",
            _(
                "This detail does not go with this kind of offer: apprentissage or "
                "professionnalisation for an alternance, bénévole or école for a "
                "chantier."
            ),
        )


def check_deadline(deadline: date | None) -> None:
    if deadline is not None and deadline < expiry.today():
        raise FieldError(
            "deadline", _("The application deadline cannot be in the past.")
        )
