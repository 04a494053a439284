"""What a registration request may hold: its fields checked and cleaned, the
honeypot, the consent, and whether its address is the member's own."""

from plone.schema.email import Email
from polepatrimoine.content import _
from polepatrimoine.content.meetings.registrations import RegistrationError
from polepatrimoine.content.meetings.registrations import _key
from polepatrimoine.content.personaldata import consent
from zope.schema import ValidationError


FIELD_LIMITS = {"fullname": 200, "email": 254, "structure": 200}
FIELD_TITLES = {
    "fullname": _("Full name"),
    "email": _("E-mail address"),
    "structure": _("Organisation"),
}
# Names of the honeypot field: hidden from people, filled in by robots.
HONEYPOT = "website"


def clean(data: dict, user=None) -> dict:
    """Check a registration request; raise RegistrationError naming the field."""
    if not isinstance(data, dict):
        raise RegistrationError(_("The request must be a JSON object."))
    if str(data.get(HONEYPOT) or "").strip():
        raise RegistrationError(_("Your registration was refused."), HONEYPOT)
    values = {}
    for name, limit in FIELD_LIMITS.items():
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise RegistrationError(_("This field must be text."), name)
        # One line: a name never starts a new line of an e-mail.
        value = " ".join((value or "").split())
        if len(value) > limit:
            raise RegistrationError(
                _(
                    "${field}: this field is too long (${limit} characters at most).",
                    mapping={"field": FIELD_TITLES[name], "limit": limit},
                ),
                name,
            )
        values[name] = value
    if user is not None:
        values["fullname"] = values["fullname"] or user.getProperty("fullname") or ""
        values["email"] = values["email"] or user.getProperty("email") or ""
    if not values["fullname"]:
        raise RegistrationError(_("Please give your full name."), "fullname")
    if not values["email"]:
        raise RegistrationError(_("Please give your e-mail address."), "email")
    try:
        Email().validate(values["email"])
    except ValidationError as error:
        raise RegistrationError(
            _("This e-mail address is not valid."), "email"
        ) from error
    if data.get(consent.FIELD) is not True:
        raise RegistrationError(consent.MISSING, consent.FIELD)
    values[consent.FIELD] = consent.record()
    return values


def is_verified(values: dict, user=None) -> bool:
    """The address is the logged-in member's own: their account vouches for it."""
    account = (user.getProperty("email") or "") if user is not None else ""
    return bool(account) and _key(account) == _key(values["email"])
