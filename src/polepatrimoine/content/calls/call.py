"""The Call type: one session of an accompaniment programme opens a call."""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from datetime import date
from datetime import datetime
from plone import api
from plone.app.textfield import RichText
from plone.app.z3cform.widgets.select import SelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.form.browser.textlines import TextLinesFieldWidget
from zExceptions import Forbidden
from ZODB.POSException import ConflictError
from zoneinfo import ZoneInfo
from zope import schema
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

import re


SITE_TIMEZONE = "Europe/Paris"
SESSION_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s+(\S.*)$")


class InvalidSession(schema.ValidationError):
    __doc__ = _(
        "Write one session per line: a date (YYYY-MM-DD) then its label.",
    )


def parse_session(line: str) -> tuple[date, str]:
    match = SESSION_LINE.match(line or "")
    if not match:
        raise InvalidSession(line)
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError as exc:
        raise InvalidSession(line) from exc
    return day, match.group(2).strip()


def session_constraint(value: str) -> bool:
    parse_session(value)
    return True


def today() -> date:
    """Today in the site's time zone: call dates are French calendar days."""
    return datetime.now(ZoneInfo(SITE_TIMEZONE)).date()


class ICall(model.Schema):
    """A call for applications to an accompaniment programme."""

    programme = schema.Choice(
        title=_("Programme"),
        vocabulary="polepatrimoine.vocabularies.Programmes",
        required=True,
    )
    directives.widget("programme", SelectFieldWidget)

    open_date = schema.Date(
        title=_("Opening date"),
        description=_("Applications can be submitted from this day."),
        required=True,
    )

    close_date = schema.Date(
        title=_("Closing date"),
        description=_(
            "Last day to submit an application (included).",
        ),
        required=True,
    )

    places = schema.Int(
        title=_("Places"),
        description=_("Number of structures the programme can accompany."),
        min=1,
        required=True,
    )

    eligibility = RichText(
        title=_("Eligibility"),
        required=False,
    )

    sessions = schema.List(
        title=_("Sessions"),
        description=_(
            "Collective days and interviews, one per line: the date "
            "(YYYY-MM-DD) then the label.",
        ),
        value_type=schema.TextLine(constraint=session_constraint),
        required=False,
        default=[],
    )
    directives.widget("sessions", TextLinesFieldWidget)

    required_documents = schema.List(
        title=_("Required documents"),
        description=_(
            "Documents an application must attach before it can be submitted.",
        ),
        value_type=schema.Choice(
            vocabulary="polepatrimoine.vocabularies.ApplicationDocuments"
        ),
        required=False,
        default=[],
    )
    directives.widget("required_documents", CheckBoxFieldWidget)

    @invariant
    def close_after_open(data):
        if data.open_date and data.close_date and data.close_date <= data.open_date:
            raise Invalid(
                _(
                    "close_date: the closing date must come after the opening date.",
                )
            )


_MISSING = object()


def _same(a, b) -> bool:
    if a is b:
        return True
    try:
        return bool(a == b)
    except Exception:
        return False


@implementer(ICall)
class Call(Container):
    """A call for applications; holds the applications."""

    security = ClassSecurityInfo()

    # Applications are listed by structure, never by position; an ordered
    # folder keeps one list that every concurrent submission would rewrite.
    _ordering = "unordered"

    @security.public
    def accepts_applications(self) -> bool:
        """Open, and today is within the call's dates."""
        if api.content.get_state(self, default=None) != "open":
            return False
        if not self.open_date or not self.close_date:
            return False
        return self.open_date <= today() <= self.close_date

    def _p_resolveConflict(self, old, saved, new):
        """Concurrent submissions only touch the call's modification date.

        Each added application stamps the container's ``modification_date``;
        two concurrent submissions then write the call at once. Keep the
        latest date; any other concurrent change is a real conflict.
        """
        resolved = dict(new)
        for key in set(old) | set(saved) | set(new):
            before, theirs, ours = (
                state.get(key, _MISSING) for state in (old, saved, new)
            )
            if _same(theirs, ours) or _same(theirs, before):
                continue
            if _same(ours, before):
                if theirs is _MISSING:
                    resolved.pop(key, None)
                else:
                    resolved[key] = theirs
            elif key == "modification_date":
                resolved[key] = max(theirs, ours)
            else:
                raise ConflictError
        return resolved

    def _verifyObjectPaste(self, obj, validate_src=True):
        # A pasted application (copied or moved) is refused where a new one
        # would be, before anything is written; its fields are cleaned by
        # ``copies``.
        is_application = getattr(obj, "portal_type", None) == "Application"
        if is_application and not self.accepts_applications():
            raise Forbidden(
                translate(
                    _("This call does not accept applications."),
                    context=getRequest(),
                )
            )
        super()._verifyObjectPaste(obj, validate_src)

    def allowedContentTypes(self, context=None):
        # A call past its closing date accepts nothing, even before anyone closes it.
        if not self.accepts_applications():
            return []
        return super().allowedContentTypes(context)

    def session_list(self) -> list[tuple[date, str]]:
        return sorted(parse_session(line) for line in self.sessions or [])


InitializeClass(Call)
