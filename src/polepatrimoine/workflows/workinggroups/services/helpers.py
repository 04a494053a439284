"""Request helpers of the working groups' REST services."""

from plone import api
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.workflows.workinggroups.joinrequests import MAX_TEXT


def body(service, required: bool = True) -> dict:
    """The JSON object of the request; ``RequestError`` (400, French) otherwise."""
    return json_body(service.request)


def current_userid() -> str | None:
    if api.user.is_anonymous():
        return None
    return api.user.get_current().getId()


def can_manage(context) -> bool:
    return api.user.has_permission(
        "polepatrimoine: Manage working group members", obj=context
    )


def optional_text(service, name: str, max_length: int = MAX_TEXT) -> str:
    """The text ``name`` of the optional JSON body ("" when absent)."""
    return text_value(body(service, required=False), name, max_length=max_length)
