"""WorkingGroup: a working group of the network, its public page and private space."""

from plone.dexterity.content import Container
from plone.schema.email import Email
from plone.supermodel import model
from polepatrimoine.content import _
from zope import schema
from zope.interface import implementer


class IWorkingGroup(model.Schema):
    """A working group: a public page and, inside it, the members' private space."""

    objectives = schema.List(
        title=_("Objectives"),
        description=_("One objective per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    initiators = schema.List(
        title=_("Initiators"),
        description=_(
            "help_initiators",
            default="The structures that started the group, one per line.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    meeting_rhythm = schema.TextLine(
        title=_("Meeting rhythm"),
        description=_(
            "help_meeting_rhythm",
            default="For example: once a quarter, on site and remotely.",
        ),
        required=False,
    )

    contact_email = Email(
        title=_("Contact e-mail"),
        description=_("The address that answers questions about the group."),
        required=False,
    )


@implementer(IWorkingGroup)
class WorkingGroup(Container):
    """A working group."""
