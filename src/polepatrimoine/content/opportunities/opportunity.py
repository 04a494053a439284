"""The ``Opportunity`` type: an offer of a structure to young people (issue 17)."""

from plone.app.textfield import RichText
from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.schema.email import Email
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer


# Who may read an offer's contact address: never anonymous visitors (rolemap.xml).
VIEW_CONTACT = "polepatrimoine.ViewOpportunityContact"


class IOpportunity(model.Schema):
    """A stage, an alternance, a job... offered by a structure of the directory.

    Its trades come from the behavior ``polepatrimoine.trades``, its position
    from ``geolocatable``.
    """

    kind = schema.Choice(
        title=_("Kind of offer"),
        vocabulary="polepatrimoine.vocabularies.OpportunityKinds",
        required=True,
    )

    kind_detail = schema.Choice(
        title=_("Detail of the kind"),
        description=_(
            "Alternance: apprentissage or contrat de professionnalisation; "
            "chantier: bénévole or chantier-école."
        ),
        vocabulary="polepatrimoine.vocabularies.KindDetails",
        required=False,
    )

    structure = RelationChoice(
        title=_("Offering structure"),
        description=_("The structure's entry in the directory of actors."),
        source=CatalogSource(portal_type="Actor"),
        required=True,
    )
    directives.widget(
        "structure",
        pattern_options={"selectableTypes": ["Actor"], "maximumSelectionSize": 1},
    )

    level = schema.Choice(
        title=_("Level of training"),
        vocabulary="polepatrimoine.vocabularies.OpportunityLevels",
        required=True,
    )

    department = schema.Choice(
        title=_("Département"),
        vocabulary="polepatrimoine.vocabularies.Departments",
        required=True,
    )

    commune = schema.TextLine(title=_("Commune"), required=True)

    start = schema.Date(title=_("Start date"), required=False)

    duration = schema.TextLine(
        title=_("Duration"),
        description=_("For instance: 6 mois, 2 semaines, 2 ans."),
        required=False,
    )

    paid = schema.Bool(title=_("Paid"), required=False, default=False)

    text = RichText(title=_("Description of the offer"), required=False)

    how_to_apply = schema.Text(title=_("How to apply"), required=False)

    deadline = schema.Date(
        title=_("Application deadline"),
        description=_(
            "The offer is listed until the end of this day, then expires by itself."
        ),
        required=True,
    )

    directives.read_permission(contact_email=VIEW_CONTACT)
    contact_email = Email(
        title=_("Contact e-mail"),
        description=_(
            "Where applications are sent. Never shown to visitors who are not "
            "logged in."
        ),
        required=True,
    )


@implementer(IOpportunity)
class Opportunity(Item):
    """An offer of a structure."""
