"""Actor: a heritage actor of the region, in the directory and on the map."""

from Acquisition import aq_base
from datetime import date
from plone.app.z3cform.widgets.text import TextLinesFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobImage
from plone.schema.email import Email
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.actors import validation
from polepatrimoine.content.actors.specification import PinnableSpecification
from polepatrimoine.content.common.images import check_image
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer


def check_member_since(year: int) -> int:
    if not 2018 <= year <= date.today().year:
        raise validation.FieldError(
            _(
                "The membership year must be between 2018, when the network was "
                "founded, and this year."
            ),
            year,
        )
    return year


class IActor(model.Schema):
    """A heritage actor: association, company, school, local authority..."""

    actor_category = schema.Choice(
        title=_("Category"),
        vocabulary="polepatrimoine.vocabularies.ActorCategories",
        required=True,
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

    department = schema.Choice(
        title=_("Département"),
        vocabulary="polepatrimoine.vocabularies.Departments",
        required=True,
    )

    street = schema.TextLine(title=_("Street address"), required=False)

    zip_code = schema.TextLine(
        title=_("Postal code"),
        description=_("5 digits, in the département chosen above."),
        required=True,
        constraint=constraint(validation.check_zip_code),
    )

    city = schema.TextLine(title=_("City"), required=True)

    email = Email(title=_("E-mail"), required=False)

    phone = schema.TextLine(
        title=_("Phone"),
        description=_("A French number, like 02 40 12 34 56."),
        required=False,
        constraint=constraint(validation.check_phone),
    )

    website = schema.URI(
        title=_("Website"), required=False, constraint=constraint(check_web_url)
    )

    directives.widget("social_links", TextLinesFieldWidget)
    social_links = schema.List(
        title=_("Social networks"),
        description=_("One address per line (LinkedIn, Facebook, Instagram...)."),
        value_type=schema.URI(constraint=constraint(check_web_url)),
        required=False,
        default=[],
        missing_value=[],
    )

    # Membership and labels are the network's word on an actor, not its
    # owner's: forms leave them out and REST refuses them (deserializer).
    directives.write_permission(
        labels="polepatrimoine.ManageActorMembership",
        is_member="polepatrimoine.ManageActorMembership",
        member_since="polepatrimoine.ManageActorMembership",
    )
    directives.widget("labels", CheckBoxFieldWidget)
    labels = schema.List(
        title=_("Labels"),
        value_type=schema.Choice(vocabulary="polepatrimoine.vocabularies.Labels"),
        required=False,
        default=[],
        missing_value=[],
    )

    is_member = schema.Bool(
        title=_("Member of Pôle Patrimoine"), required=False, default=False
    )

    member_since = schema.Int(
        title=_("Member since (year)"),
        required=False,
        constraint=constraint(check_member_since),
    )

    siret = schema.TextLine(
        title=_("SIRET number"),
        description=_("14 digits (optional)."),
        required=False,
        constraint=constraint(validation.check_siret),
    )

    logo = NamedBlobImage(title=_("Logo"), constraint=check_image, required=False)


@implementer(IActor)
class Actor(Item):
    """A heritage actor."""

    # Computed once by the CSV import from the actor's creation to its add.
    __providedBy__ = PinnableSpecification()

    # Set by the CSV import while it adds a published actor (a class default, so
    # that reading it never goes through Dexterity's or acquisition's lookups).
    _v_workflow_started = False

    # No docstrings on these methods: a docstring would publish them as URLs.

    def isTemporary(self):
        # Dexterity content is never temporary (portal_factory is gone). Without
        # this, the indexing queue looks the name up through acquisition up to
        # the site, twice per reindex.
        return False

    def getSize(self):
        # The logo is the actor's only file: Dexterity's own getSize adapts
        # every schema to look for files, once per indexing (folder contents'
        # size).
        logo = getattr(aq_base(self), "logo", None)
        return logo.getSize() if logo is not None else 0

    def notifyWorkflowCreated(self):
        # The CSV import gives a new actor its workflow history and permissions
        # before adding it (importer.publish.Publisher): the workflow tool would skip
        # its workflows but still reindex their variables and the actor's
        # security, which indexing the added actor whole does anyway.
        if self._v_workflow_started:
            return
        super().notifyWorkflowCreated()
