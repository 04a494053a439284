"""Error bodies and request checks of the REST services, in plone.restapi's shape."""

from plone import api
from plone.protect.authenticator import _verify_request
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content import _
from urllib.parse import urlsplit
from zExceptions import NotFound
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse

import json
import transaction


TYPES = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    429: "TooManyRequests",
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


class RequestError(ValueError):
    """A request the suite refuses as a whole: its status, French message, field."""

    def __init__(self, message, field: str | None = None, status: int = 400):
        super().__init__(message)
        self.message = message
        self.field = field
        self.status = status


# A text field of a JSON body longer than this is refused unless the service
# gives the field its own limit; attachments travel as base64 "data" and are
# bounded by their own rule (see calls.attachments).
MAX_TEXT = 10_000


def _check_text(value, field: str | None) -> None:
    if isinstance(value, str):
        if "\0" in value:
            raise RequestError(
                _("This field contains a null character."), field=field or None
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, field or key)
            _check_text(item, field or key)
    elif isinstance(value, list):
        for item in value:
            _check_text(item, field)


def json_body(request) -> dict:
    """The request's body as a JSON object; ``{}`` when it is empty.

    Raises ``RequestError`` (400, French) for a body that is not JSON, not an
    object, or holds a NUL character (which no stored text may hold).
    """
    raw = request.get("BODY") or b""
    if isinstance(raw, (bytes, str)):
        raw = raw.strip()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:  # UnicodeDecodeError included
        raise RequestError(_("The request body is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise RequestError(_("The request body must be a JSON object."))
    _check_text(data, None)
    return data


def text_value(
    data: dict,
    name: str,
    max_length: int = MAX_TEXT,
    default: str = "",
) -> str:
    """The text ``name`` of a JSON body: a string of at most ``max_length``."""
    value = data.get(name, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise RequestError(
            _("'${name}' must be a text.", mapping={"name": name}), field=name
        )
    if len(value) > max_length:
        raise RequestError(
            _(
                "'${name}' is too long (${max} characters at most).",
                mapping={"name": name, "max": max_length},
            ),
            field=name,
        )
    return value


def single_param(request, name: str, default=None):
    """A query parameter that takes one value: a list of them is refused."""
    value = request.form.get(name, default)
    if isinstance(value, (list, tuple)):
        raise RequestError(
            _("The parameter '${name}' takes one value.", mapping={"name": name}),
            field=name,
        )
    if isinstance(value, str) and "\0" in value:
        raise RequestError(_("This field contains a null character."), field=name)
    return value


def choice_param(request, name: str, choices, default: str = "") -> str:
    """A filter of a page: one of ``choices``, else ``default``.

    A repeated parameter (a list), a record, a NUL byte or any text that is not
    a choice is ignored rather than refused: the page lists what it would list
    unfiltered, as for an unknown value.
    """
    value = request.form.get(name, default)
    return value if isinstance(value, str) and value in choices else default


def count_param(request, name: str, default: int = 0, maximum: int | None = None):
    """A whole number ≥ 0 of the query (``b_start``, ``b_size``...)."""
    value = single_param(request, name)
    if value in (None, ""):
        return default
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        number = -1
    if number < 0 or (maximum is not None and number > maximum):
        raise RequestError(
            _(
                "The parameter '${name}' must be a whole number ≥ 0.",
                mapping={"name": name},
            ),
            field=name,
        )
    return number


SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
JSON_TYPE = "application/json"
MULTIPART_TYPE = "multipart/form-data"
# What a page of another site can make a browser send without a CORS preflight.
CORS_SIMPLE_TYPES = (
    "text/plain",
    "application/x-www-form-urlencoded",
    MULTIPART_TYPE,
)


def _media_type(request) -> str:
    return (request.getHeader("Content-Type") or "").split(";")[0].strip().lower()


def _body(request) -> bytes:
    raw = request.get("BODY") or b""
    return raw.strip() if isinstance(raw, (bytes, str)) else b"?"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(request) -> bool:
    """The browser says the request comes from a page of the site."""
    site = _origin(api.portal.get().absolute_url())
    origin = request.getHeader("Origin")
    if origin:
        return origin.strip().lower() == site
    referer = request.getHeader("Referer")
    return bool(referer) and _origin(referer) == site


def authorization_scheme(request) -> str:
    """The scheme of the request's Authorization header, lower case ("" without)."""
    # Zope moves the Authorization header out of the environment, to ``_auth``.
    authorization = getattr(request, "_auth", None) or request.getHeader(
        "Authorization"
    )
    if not isinstance(authorization, str):
        return ""
    return authorization.strip().split(" ", 1)[0].lower()


def cookie_authenticated(request) -> bool:
    """An authenticated request without an Authorization header: its authority
    came with a cookie, which a browser also sends with a forged cross-site
    request."""
    return not authorization_scheme(request) and not api.user.is_anonymous()


def _check_media_type(
    request, multipart: bool, basic: bool, body_types: tuple = ()
) -> None:
    if request.method == "DELETE":
        return
    allowed = (JSON_TYPE, MULTIPART_TYPE) if multipart else (JSON_TYPE,)
    if basic:
        # A body type that is not one of CORS's "simple" ones (text/csv) cannot
        # come from another site without a preflight: REST clients keep it.
        allowed += tuple(t for t in body_types if t not in CORS_SIMPLE_TYPES)
        # A POST with no body carries nothing to type (curl -X POST .../approve);
        # a browser sending one from another site says so in Origin.
        if not _media_type(request) and not _body(request):
            return
    if _media_type(request) in allowed:
        return
    if basic:
        message = (
            _(
                "A request authenticated by HTTP Basic must be sent as JSON "
                "(Content-Type: application/json) or, for a file, as "
                "multipart/form-data."
            )
            if multipart
            else _(
                "A request authenticated by HTTP Basic must be sent as JSON "
                "(Content-Type: application/json)."
            )
        )
    else:
        message = (
            _(
                "A request authenticated by a cookie must be sent as JSON "
                "(Content-Type: application/json) or, for a file, as "
                "multipart/form-data."
            )
            if multipart
            else _(
                "A request authenticated by a cookie must be sent as JSON "
                "(Content-Type: application/json)."
            )
        )
    raise RequestError(message, status=403)


def check_write_request(
    request, multipart: bool = False, body_types: tuple = ()
) -> None:
    """The suite's CSRF rule for a request that changes something.

    Bearer (JWT) authentication comes in a header that no third-party page can
    make a browser send: it passes. Basic credentials, once typed in (``/manage``),
    a browser sends on its own with every request to the site, a forged
    cross-site one too: such a request must be JSON (``multipart/form-data`` for
    a file upload) and, when it names where it comes from (``Origin``, else
    ``Referer``: a browser's cross-site POST always sends ``Origin``, curl and
    REST clients send neither), come from the site. A request authenticated by
    a cookie must be JSON too, *and* carry plone.protect's token
    (``X-CSRF-TOKEN`` or ``_authenticator``) or come from the site's own origin.
    Once passed, plone.protect's own check is switched off for the request: it
    would otherwise abort the transaction after the answer was written (a
    success reported for a write thrown away).
    """
    if request.method in SAFE_METHODS:
        return
    scheme = authorization_scheme(request)
    authenticated = not api.user.is_anonymous()
    if authenticated and scheme not in ("", "bearer"):
        _check_media_type(request, multipart, basic=True, body_types=body_types)
        says_where = request.getHeader("Origin") or request.getHeader("Referer")
        if says_where and not (same_origin(request) or _verify_request(request)):
            raise RequestError(
                _("This request comes from another site than this one."),
                status=403,
            )
    elif authenticated and not scheme:
        _check_media_type(request, multipart, basic=False)
        if not (_verify_request(request) or same_origin(request)):
            raise RequestError(
                _(
                    "This request does not come from the site: send the site's "
                    "security token (X-CSRF-TOKEN header or _authenticator field)."
                ),
                status=403,
            )
    alsoProvides(request, IDisableCSRFProtection)


class GuardedService:
    """Mixin of every suite REST service (first in its bases).

    A ``RequestError`` raised while answering becomes its French error body and
    dooms the transaction; a writing method goes through
    ``check_write_request`` first (``multipart = True`` for file uploads) and
    its JSON body through ``json_body``.
    """

    multipart = False
    # Other body types a REST client may send with Basic authentication.
    body_types = ()
    # Services of file uploads read no JSON; the others refuse a bad body even
    # when they have no use for it (``approve``), rather than ignore it.
    reads_json = True

    def __call__(self):
        try:
            check_write_request(
                self.request, multipart=self.multipart, body_types=self.body_types
            )
            if self.reads_json and self.request.method in ("POST", "PATCH", "PUT"):
                json_body(self.request)
            return super().__call__()
        except RequestError as error:
            transaction.doom()
            self.request.response.setHeader("Content-Type", "application/json")
            return json.dumps(
                error_response(
                    self.request, error.status, error.message, field=error.field
                )
            )
