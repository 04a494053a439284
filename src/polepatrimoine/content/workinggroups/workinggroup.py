"""WorkingGroup: a working group of the network, its public page and private space."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema.email import Email
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
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

    initiator_actors = RelationList(
        title=_("Initiators in the directory"),
        description=_(
            "The structures of the directory of actors that started the group."
        ),
        value_type=RelationChoice(source=CatalogSource(portal_type="Actor")),
        required=False,
        default=[],
    )
    directives.widget(
        "initiator_actors",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Actor"]},
    )

    initiators = schema.List(
        title=_("Initiators"),
        description=_(
            "Other initiators, not in the directory: one per line.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    meeting_rhythm = schema.TextLine(
        title=_("Meeting rhythm"),
        description=_(
            "For example: once a quarter, on site and remotely.",
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
