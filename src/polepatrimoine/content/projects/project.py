"""Project: a project or initiative of the territories, carried by an actor."""

from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.app.z3cform.widgets.text import TextLinesFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.schema.email import Email
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import constraint
from polepatrimoine.content.projects.validation import check_carrier
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import implementer


class IProject(model.Schema):
    """A project of a territory, an experimentation, a study..."""

    kind = schema.Choice(
        title=_("Kind of project"),
        vocabulary="polepatrimoine.vocabularies.ProjectKinds",
        required=True,
    )

    carrier = RelationChoice(
        title=_("Carried by"),
        description=_("The actor of the directory that carries the project."),
        source=CatalogSource(portal_type="Actor"),
        required=True,
        constraint=constraint(check_carrier),
    )
    directives.widget(
        "carrier",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Actor"], "maximumSelectionSize": 1},
    )

    partners = RelationList(
        title=_("Partners"),
        description=_("The actors of the directory that take part in it."),
        value_type=RelationChoice(source=CatalogSource(portal_type="Actor")),
        required=False,
        default=[],
    )
    directives.widget(
        "partners",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Actor"]},
    )

    directives.widget("heritage_domains", CheckBoxFieldWidget)
    heritage_domains = schema.List(
        title=_("Heritage domains"),
        value_type=schema.Choice(
            vocabulary="polepatrimoine.vocabularies.HeritageDomains"
        ),
        required=False,
        default=[],
        missing_value=[],
    )

    directives.widget("departments", CheckBoxFieldWidget)
    departments = schema.List(
        title=_("Départements"),
        value_type=schema.Choice(vocabulary="polepatrimoine.vocabularies.Departments"),
        required=False,
        default=[],
        missing_value=[],
    )

    directives.widget("communes", TextLinesFieldWidget)
    communes = schema.List(
        title=_("Communes"),
        description=_("One commune per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
        missing_value=[],
    )

    start = schema.Date(title=_("Start"), required=False)
    end = schema.Date(title=_("End"), required=False)

    status = schema.Choice(
        title=_("Status"),
        vocabulary="polepatrimoine.vocabularies.ProjectStatuses",
        required=True,
        default="en-cours",
    )

    results = RichText(title=_("Results"), required=False)

    reproducible = schema.Bool(
        title=_("Reproducible"),
        description=_("Other actors of the sector could run it in their turn."),
        required=False,
        default=False,
    )

    how_to_reproduce = RichText(title=_("How to reproduce it"), required=False)

    # Harvesters read public pages: visitors see neither the address nor it in REST.
    directives.read_permission(contact_email="polepatrimoine.ViewProjectContact")
    contact_email = Email(
        title=_("Contact e-mail"),
        description=_("Shown to logged-in members only, never to visitors."),
        required=False,
    )


@implementer(IProject)
class Project(Item):
    """A project of the territories."""
