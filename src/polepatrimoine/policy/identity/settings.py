"""The footer's address and contact: registry records ``polepatrimoine.identity.*``."""

from plone.schema.email import _isemail
from polepatrimoine.content.common.validators import FieldError
from polepatrimoine.content.common.validators import check_no_nul
from polepatrimoine.content.common.validators import check_phone
from polepatrimoine.content.common.validators import constraint
from polepatrimoine.policy import _
from zope import schema
from zope.interface import Interface


PREFIX = "polepatrimoine.identity"


class InvalidEmail(FieldError):
    """Not an e-mail address."""


def check_email(value: str) -> str:
    value = (value or "").strip()
    if not _isemail(value):
        raise InvalidEmail(
            _("Enter an e-mail address, like contact@example.org."), value
        )
    return value


class IIdentitySettings(Interface):
    """What the footer of every page says about the network."""

    address = schema.Text(
        title=_("Postal address"),
        description=_("One line per line of the address, shown in the footer."),
        default="Pays de la Loire",
        required=False,
        max_length=500,
        constraint=constraint(check_no_nul),
    )

    email = schema.TextLine(
        title=_("Contact e-mail address"),
        required=False,
        max_length=254,
        constraint=constraint(check_email),
    )

    phone = schema.TextLine(
        title=_("Telephone"),
        required=False,
        max_length=30,
        constraint=constraint(check_phone),
    )
