"""The ``polepatrimoine.meeting`` behavior of plone.app.event's Event."""

from datetime import datetime
from plone.app.event.base import default_timezone
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.event.interfaces import IEvent
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from z3c.form.interfaces import IDataConverter
from z3c.form.validator import InvariantsValidator
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import Invalid
from zope.interface import alsoProvides
from zope.interface import provider
from zope.interface.interfaces import IInterface

import pytz


class IMeetingSchema(IInterface):
    """Provided by the IMeeting schema itself, to bind its form validator."""


@provider(IFormFieldProvider)
class IMeeting(model.Schema):
    """A meeting of the network: format, group, links, registrations."""

    model.fieldset(
        "meeting",
        label=_("Meeting"),
        fields=[
            "meeting_format",
            "working_group",
            "organiser",
            "online_url",
            "replay_url",
            "related_resources",
            "capacity",
            "registration_deadline",
        ],
    )

    meeting_format = schema.Choice(
        title=_("Meeting format"),
        vocabulary="polepatrimoine.vocabularies.MeetingFormats",
        required=False,
    )

    working_group = RelationChoice(
        title=_("Working group"),
        description=_("For the meetings of a working group."),
        source=CatalogSource(portal_type="WorkingGroup"),
        required=False,
    )
    directives.widget(
        "working_group",
        pattern_options={"selectableTypes": ["WorkingGroup"]},
    )

    organiser = RelationChoice(
        title=_("Organising authority"),
        description=_(
            "The actor of the directory that holds the meeting, for instance the "
            "local authority of a concertation workshop."
        ),
        source=CatalogSource(portal_type="Actor"),
        required=False,
    )
    directives.widget("organiser", pattern_options={"selectableTypes": ["Actor"]})

    online_url = schema.URI(
        title=_("Online meeting link"),
        description=_("For hybrid and remote meetings: the video-conference link."),
        required=False,
        constraint=constraint(check_web_url),
    )

    replay_url = schema.URI(
        title=_("Replay"),
        description=_("Link to the recording, once the meeting is over."),
        required=False,
        constraint=constraint(check_web_url),
    )

    related_resources = RelationList(
        title=_("Related resources"),
        value_type=RelationChoice(
            title=_("Resource"), source=CatalogSource(portal_type="Resource")
        ),
        default=[],
        required=False,
    )
    directives.widget(
        "related_resources",
        pattern_options={"selectableTypes": ["Resource"]},
    )

    capacity = schema.Int(
        title=_("Number of places"),
        description=_("0 means no registration on this event."),
        min=0,
        default=0,
        required=False,
    )

    registration_deadline = schema.Datetime(
        title=_("Registration deadline"),
        description=_(
            "Registrations close at this date; by default when the event starts."
        ),
        required=False,
    )


alsoProvides(IMeeting, IMeetingSchema)


def as_aware(value, context=None):
    """A timezone-aware datetime (naive values are in the portal's timezone)."""
    if value is None or value.tzinfo is not None:
        return value
    return pytz.timezone(default_timezone(context)).localize(value)


def _start_from_form(form):
    form = getattr(form, "parentForm", None) or form
    for candidate in (form, *getattr(form, "groups", ())):
        widgets = getattr(candidate, "widgets", None) or {}
        widget = widgets.get("IEventBasic.start")
        if widget is not None:
            try:
                return IDataConverter(widget).toFieldValue(widget.value)
            except Exception:  # noqa: BLE001 - IEventBasic reports its own errors
                return None
    return None


class MeetingValidator(InvariantsValidator):
    """Checks the registration deadline against the start of the event.

    The start belongs to another schema (IEventBasic): it is read from the
    edit form, or from the object that plone.restapi fills before validating.
    """

    def validate(self, data):
        errors = super().validate(data)
        deadline = data.get("registration_deadline")
        if not deadline:
            return errors
        if self.view is not None:
            start = _start_from_form(self.view)
        else:
            start = (
                getattr(self.context, "start", None)
                if IEvent.providedBy(self.context)
                else None
            )
        if isinstance(start, datetime) and as_aware(deadline) > as_aware(start):
            errors += (
                Invalid(
                    _(
                        "Registration deadline: it must not be after the start of "
                        "the event."
                    )
                ),
            )
        return errors
