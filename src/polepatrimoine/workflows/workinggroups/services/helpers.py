"""Request helpers of the working groups' REST services."""

from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from polepatrimoine.workflows import _
from zExceptions import BadRequest
from zope.interface import alsoProvides


def disable_csrf(service) -> None:
    """JSON clients authenticate by token or basic auth, as plone.restapi's own
    write services: no CSRF token to check."""
    alsoProvides(service.request, IDisableCSRFProtection)


class BodyError(ValueError):
    """A request body that cannot be used, naming the field at fault if one is."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


def body(service, required: bool = True) -> dict:
    if not required and not service.request.get("BODY"):
        return {}
    try:
        data = json_body(service.request)
    except BadRequest:
        data = None
    if not isinstance(data, dict):
        raise BodyError(_("The request body must be a JSON object."))
    return data


def current_userid() -> str | None:
    if api.user.is_anonymous():
        return None
    return api.user.get_current().getId()


def can_manage(context) -> bool:
    return api.user.has_permission(
        "polepatrimoine: Manage working group members", obj=context
    )


def optional_text(service, name: str) -> str:
    """The text ``name`` of the optional JSON body ("" when absent)."""
    value = body(service, required=False).get(name, "")
    if not isinstance(value, str):
        raise BodyError(
            _("'${name}' must be a text.", mapping={"name": name}), field=name
        )
    return value
