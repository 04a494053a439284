"""Who may reach personal data, and the e-mail address a coordinator asks about."""

from plone import api
from plone.schema.email import _isemail
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.content.common.rest import text_value


MANAGE = "polepatrimoine: Manage personal data"
MAX_EMAIL = 254
MAX_REASON = 2_000


def is_coordinator() -> bool:
    return api.user.has_permission(MANAGE, obj=api.portal.get())


def require_login() -> None:
    if api.user.is_anonymous():
        raise RequestError(_("Log in to see your personal data."), status=401)


def require_coordinator() -> None:
    """401 for a visitor, 403 for anyone else without the permission."""
    if api.user.is_anonymous():
        raise RequestError(
            _("Log in as a coordinator to manage personal data."), status=401
        )
    if not is_coordinator():
        raise RequestError(
            _("Only the network's coordinators may manage personal data."),
            status=403,
        )


def checked_email(value) -> str:
    """``value`` as an e-mail address, or a French 400 naming ``email``."""
    if value is not None and not isinstance(value, str):
        raise RequestError(
            _("'${name}' must be a text.", mapping={"name": "email"}), field="email"
        )
    email = (value or "").strip()
    if not email:
        raise RequestError(_("Enter the person's e-mail address."), field="email")
    if len(email) > MAX_EMAIL or not _isemail(email):
        raise RequestError(_("This e-mail address is not valid."), field="email")
    return email.lower()


def email_param(request) -> str:
    return checked_email(single_param(request, "email"))


def checked_reason(data: dict) -> str:
    reason = text_value(data, "reason", max_length=MAX_REASON).strip()
    if not reason:
        raise RequestError(
            _("Give the reason for the erasure (the request it answers)."),
            field="reason",
        )
    return reason
