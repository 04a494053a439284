"""Keeps every personal or private response out of every cache."""

from AccessControl import getSecurityManager
from plone.app.caching.interfaces import IRAMCached
from plone.app.caching.operations.utils import formatDateTime
from plone.app.caching.operations.utils import getExpiration
from plone.caching.interfaces import X_CACHE_RULE_HEADER
from plone.transformchain.interfaces import DISABLE_TRANSFORM_REQUEST_KEY
from plone.transformchain.interfaces import ITransform
from polepatrimoine.content.interfaces import IBrowserLayer
from zope.component import adapter
from zope.globalrequest import getRequest
from zope.interface import Interface
from zope.interface import implementer
from zope.interface import noLongerProvides
from ZPublisher.interfaces import IPubBeforeCommit
from ZPublisher.interfaces import IPubBeforeStreaming


PRIVATE_RULESET = "polepatrimoine.private"
NO_STORE = "private, no-store, no-cache, max-age=0, must-revalidate"
# Login cookies of Plone's PAS plugins (session, cookie auth), and the
# authorization header of HTTP basic and JWT logins.
CREDENTIAL_COOKIES = ("__ac", "auth_token")


def carries_credentials(request) -> bool:
    if request.getHeader("Authorization"):
        return True
    cookies = getattr(request, "cookies", {}) or {}
    return any(name in cookies for name in CREDENTIAL_COOKIES)


def is_authenticated() -> bool:
    user = getSecurityManager().getUser()
    return user is not None and user.getUserName() != "Anonymous User"


def private_reason(request) -> str | None:
    """Why this response may not be kept by any cache, or None if it may.

    Only responses a caching rule explicitly allows are cacheable: anything
    else (a page the rules do not know, a form with a token, a redirect, an
    error) stays private, so that a new personal page is private by default.
    """
    response = request.response
    if request.get("REQUEST_METHOD", "GET").upper() not in ("GET", "HEAD"):
        return "method"
    if carries_credentials(request) or is_authenticated():
        return "authenticated"
    if response.cookies:
        # A status message shown once, a login: the page is someone's.
        return "cookie"
    rule = response.getHeader(X_CACHE_RULE_HEADER)
    if not rule or rule == PRIVATE_RULESET:
        return "rule"
    if response.getStatus() not in (200, 304):
        return "status"
    return None


def one_etag(response) -> None:
    """A view that sets its own ETag (the GeoJSON's) under a rule that sets one
    too would send two: the rule's is the one its 304s are checked against."""
    if "ETag" in response.headers and "etag" in response.headers:
        del response.headers["etag"]


def keep_private(request) -> None:
    response = request.response
    response.setHeader("Cache-Control", NO_STORE)
    response.setHeader("Expires", formatDateTime(getExpiration(0)))
    # The RAM cache would otherwise serve this page to the next anonymous visitor.
    noLongerProvides(request, IRAMCached)


@implementer(ITransform)
@adapter(Interface, IBrowserLayer)
class PrivateResponses:
    """Runs after plone.caching's mutator (12000) and before the RAM cache
    stores the page (90000): overrides whatever a rule decided."""

    order = 12100

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def apply(self):
        one_etag(self.request.response)
        if private_reason(self.request):
            keep_private(self.request)

    def transformBytes(self, result, encoding):
        self.apply()

    def transformUnicode(self, result, encoding):
        self.apply()

    def transformIterable(self, result, encoding):
        self.apply()


@adapter(IPubBeforeStreaming)
def streamed(event):
    """Streamed responses (response.write) skip the transform chain."""
    request = getRequest()
    if (
        request is not None
        and IBrowserLayer.providedBy(request)
        and private_reason(request)
    ):
        keep_private(request)


@adapter(IPubBeforeCommit)
def untransformed(event):
    """Downloads are served byte for byte, past the transform chain (see
    content.common.serving): a personal one is still kept out of every cache."""
    request = event.request
    if (
        IBrowserLayer.providedBy(request)
        and request.environ.get(DISABLE_TRANSFORM_REQUEST_KEY)
        and private_reason(request) in ("method", "authenticated", "cookie")
    ):
        keep_private(request)
