"""plone.restapi's JSON error bodies (401, 403, 404) with French messages."""

from plone import api
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from polepatrimoine.content import _
from polepatrimoine.content.interfaces import IBrowserLayer
from zExceptions import Forbidden
from zExceptions import NotFound
from zExceptions import Unauthorized
from zope.component import adapter
from zope.component import getSiteManager
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import Interface
from zope.interface import directlyProvidedBy
from zope.interface import implementedBy
from zope.interface import providedBy
from zope.interface.declarations import Declaration


# The beginnings of the messages Zope and plone.restapi give a refusal.
ZOPE_UNAUTHORIZED = ("You are not authorized", "You are not allowed to access")


def logged_in(request) -> bool:
    """Whether the request carries valid credentials.

    Zope refuses a user who may not see the object by publishing as
    Anonymous: the security manager no longer tells a member from a visitor.
    """
    if not api.user.is_anonymous():
        return True
    try:
        acl_users = api.portal.get_tool("acl_users")
        return bool(acl_users._extractUserIds(request, acl_users.plugins))
    except Exception:  # noqa: BLE001
        # An error page must not fail in turn: the visitor's wording then.
        return False


def french_message(exception, request) -> str | None:
    """The French text of an access or not-found error; None keeps plone.rest's own."""
    message = getattr(exception, "message", None)
    if isinstance(message, Message):
        return translate(message, context=request)
    if isinstance(exception, Unauthorized):
        if message and not message.startswith(ZOPE_UNAUTHORIZED):
            # The suite's own refusals, translated already or msgids of its catalog.
            return translate(message, domain="polepatrimoine", context=request)
        # Zope's texts name internals ("You are not allowed to access 'x' in
        # this context") and are English: one sentence per case instead.
        if logged_in(request):
            text = _("You are not authorized to access this resource.")
        else:
            text = _("You must log in to access this resource.")
        return translate(text, context=request)
    if isinstance(exception, Forbidden):
        # The suite's own 403s carry a French text; a bare one gets a sentence.
        text = str(exception)
        if text in ("", "Forbidden", repr(exception)):
            text = translate(_("You are not allowed to do this."), context=request)
        return text
    if isinstance(exception, NotFound):
        return translate(
            _("Resource not found: ${url}", mapping={"url": request.getURL()}),
            context=request,
        )
    return None


class FrenchErrorHandling(ErrorHandling):
    """plone.rest's error body, its message in French for the suite's site."""

    def render_exception(self, exception):
        result = super().render_exception(exception)
        message = french_message(exception, self.request)
        if result is not None and message is not None:
            result["message"] = message
        return result


def _without_suite_layer(request):
    """What the request provides, less the suite's layer: the view it would get without us."""
    layers = [
        i for i in directlyProvidedBy(request) if not i.isOrExtends(IBrowserLayer)
    ]
    return Declaration(*layers, implementedBy(type(request)))


@adapter(Exception, IBrowserLayer)
def error_view(exception, request):
    """The exception view: ours for REST requests, Plone's for the Classic UI.

    The suite's layer comes first in the request's interfaces, before
    plone.rest's ``IAPIRequest``: a view bound to the layer answers both.
    """
    if IAPIRequest.providedBy(request):
        return FrenchErrorHandling(exception, request)
    factory = getSiteManager().adapters.lookup(
        (providedBy(exception), _without_suite_layer(request)), Interface, "index.html"
    )
    return None if factory is None else factory(exception, request)
