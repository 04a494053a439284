"""Error bodies of the REST services, in plone.restapi's shape."""

from zExceptions import NotFound
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
}


def translated(message, request) -> str:
    """The message in the request's language when it is a msgid; as it is otherwise."""
    if isinstance(message, Message):
        return translate(message, context=request)
    return message


def error_response(
    request,
    status: int,
    message,
    type_: str | None = None,
    field: str | None = None,
    errors: list | None = None,
    **extra,
) -> dict:
    """Set ``status`` and return ``{"error": {"type", "message", ...}}``.

    ``field`` names the one field at fault, ``errors`` lists several as
    ``{"field", "message"}``; messages are translated for the request.
    """
    request.response.setStatus(status)
    error = {"type": type_ or TYPES[status], "message": translated(message, request)}
    if field is not None:
        error["field"] = field
    if errors is not None:
        error["errors"] = [
            {"field": e.get("field"), "message": translated(e["message"], request)}
            for e in errors
        ]
    error.update(extra)
    return {"error": error}


def bad_request(request, message, field: str | None = None, **extra) -> dict:
    """A 400 error body."""
    return error_response(request, 400, message, field=field, **extra)


def field_errors(request, errors: list[dict]) -> dict:
    """A 400 naming each field at fault, its message joining them all."""
    fields = [
        {"field": e.get("field"), "message": translated(e["message"], request)}
        for e in errors
    ]
    message = "; ".join(
        f"{f['field']} : {f['message']}" if f["field"] else f["message"] for f in fields
    )
    return error_response(request, 400, message, errors=fields)


@implementer(IPublishTraverse)
class PathParams:
    """Mixin of a service: the path segments after its name, as ``self.params``.

    More than ``max_params`` segments answer 404, as an unknown URL does.
    """

    max_params = 1

    @property
    def params(self) -> list[str]:
        return self.__dict__.setdefault("_params", [])

    def publishTraverse(self, request, name):
        if len(self.params) >= self.max_params:
            raise NotFound(self, name, request)
        self.params.append(name)
        return self
