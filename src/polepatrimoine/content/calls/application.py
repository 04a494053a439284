"""The Application type: a structure applies to a call.

Drafts may be saved incomplete; what a submission needs (the required fields,
the call's required documents, the programme's eligibility rules) is checked by
``missing_for_submit``, which guards the ``submit`` transition.
"""

from AccessControl import ClassSecurityInfo
from AccessControl.class_init import InitializeClass
from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.app.vocabularies.catalog import CatalogSource
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.app.z3cform.widgets.select import SelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.schema import Email
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.calls.attachments import validate_attachment
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.calls.vocabularies import CRITERIA
from polepatrimoine.content.calls.vocabularies import DOCUMENTS
from polepatrimoine.content.common.validators import check_no_nul
from polepatrimoine.content.common.validators import check_phone
from polepatrimoine.content.common.validators import check_siret
from polepatrimoine.content.common.validators import constraint
from polepatrimoine.content.personaldata.consent import TEXT as CONSENT_TEXT
from z3c.relationfield.schema import RelationChoice
from zope import schema
from zope.interface import implementer


REVIEW_PERMISSION = "polepatrimoine.ReviewApplications"


class ConsentRequired(schema.ValidationError):
    __doc__ = _("Your consent is required.")


def consent_constraint(value) -> bool:
    if value is not True:
        raise ConsentRequired(value)
    return True


def document_field(token: str) -> str:
    return f"document_{token}"


def score_field(token: str) -> str:
    return f"score_{token}"


# What an applicant types: a name or title on one line, a few pages of text.
MAX_LINE = 300
MAX_TEXT = 10_000


class IApplication(model.Schema):
    """An application of a structure to a call."""

    structure_name = schema.TextLine(
        title=_("Structure"),
        required=True,
        max_length=MAX_LINE,
        constraint=constraint(check_no_nul),
    )

    actor = RelationChoice(
        title=_("Actor in the directory"),
        description=_(
            "The structure's entry in the directory of actors, if it has one.",
        ),
        source=CatalogSource(portal_type="Actor"),
        required=False,
    )
    directives.widget(
        "actor",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Actor"], "maximumSelectionSize": 1},
    )

    legal_status = schema.Choice(
        title=_("Legal status"),
        vocabulary="polepatrimoine.vocabularies.LegalStatuses",
        required=False,
    )
    directives.widget("legal_status", SelectFieldWidget)

    siret = schema.TextLine(
        title=_("SIRET"),
        constraint=constraint(check_siret),
        required=False,
    )

    department = schema.Choice(
        title=_("Département"),
        description=_(
            "The programmes are for structures installed in Pays de la Loire.",
        ),
        vocabulary="polepatrimoine.vocabularies.Departments",
        required=False,
    )
    directives.widget("department", SelectFieldWidget)

    employer = schema.Bool(
        title=_("Employer structure"),
        description=_(
            "The structure employs staff (required for Culturdiag).",
        ),
        required=False,
        default=False,
    )

    employees = schema.Int(
        title=_("Number of employees"),
        min=0,
        required=False,
    )

    contact_name = schema.TextLine(
        title=_("Contact person"),
        required=False,
        max_length=MAX_LINE,
        constraint=constraint(check_no_nul),
    )
    contact_email = Email(
        title=_("Contact e-mail"),
        required=False,
    )
    contact_phone = schema.TextLine(
        title=_("Contact phone"),
        constraint=constraint(check_phone),
        required=False,
    )

    project_title = schema.TextLine(
        title=_("Project title"),
        required=False,
        max_length=MAX_LINE,
        constraint=constraint(check_no_nul),
    )
    project_summary = schema.Text(
        title=_("Project summary"),
        required=False,
        max_length=MAX_TEXT,
        constraint=constraint(check_no_nul),
    )
    needs = schema.Text(
        title=_("Needs"),
        description=_("What you expect from the accompaniment."),
        required=False,
        max_length=MAX_TEXT,
        constraint=constraint(check_no_nul),
    )
    budget = schema.Int(
        title=_("Annual budget (euros)"),
        min=0,
        required=False,
    )

    model.fieldset(
        "documents",
        label=_("Documents"),
        fields=[document_field(token) for token, _title in DOCUMENTS],
    )
    document_presentation = NamedBlobFile(
        title=_("Project presentation"),
        description=_(
            "PDF, ODT, DOCX, PNG or JPEG, 10 MB at most.",
        ),
        constraint=validate_attachment,
        required=False,
    )
    document_budget = NamedBlobFile(
        title=_("Provisional budget"),
        constraint=validate_attachment,
        required=False,
    )
    document_statutes = NamedBlobFile(
        title=_("Statutes of the structure"),
        constraint=validate_attachment,
        required=False,
    )
    document_accounts = NamedBlobFile(
        title=_("Latest annual accounts"),
        constraint=validate_attachment,
        required=False,
    )
    document_other = NamedBlobFile(
        title=_("Other document"),
        constraint=validate_attachment,
        required=False,
    )

    # The suite's one consent text; the add form requires it and
    # ``calls.consent`` stores it, dated, with the application.
    consent = schema.Bool(
        title=CONSENT_TEXT,
        description=_(
            "How long the data is kept, who reads it and your rights: see the "
            "page « Personal data »."
        ),
        constraint=consent_constraint,
        required=False,
    )

    # The jury's fields: never shown to the applicant (read permission).
    model.fieldset(
        "review",
        label=_("Review (jury)"),
        fields=["review_notes"] + [score_field(token) for token, _t in CRITERIA],
    )
    directives.read_permission(review_notes=REVIEW_PERMISSION)
    directives.write_permission(review_notes=REVIEW_PERMISSION)
    review_notes = schema.Text(
        title=_("Internal notes of the jury"),
        required=False,
        max_length=MAX_TEXT,
        constraint=constraint(check_no_nul),
    )
    directives.read_permission(score_relevance=REVIEW_PERMISSION)
    directives.write_permission(score_relevance=REVIEW_PERMISSION)
    score_relevance = schema.Int(
        title=_("Score: relevance of the project"),
        min=0,
        max=5,
        required=False,
    )
    directives.read_permission(score_fit=REVIEW_PERMISSION)
    directives.write_permission(score_fit=REVIEW_PERMISSION)
    score_fit = schema.Int(
        title=_("Score: fit with the programme"),
        min=0,
        max=5,
        required=False,
    )
    directives.read_permission(score_capacity=REVIEW_PERMISSION)
    directives.write_permission(score_capacity=REVIEW_PERMISSION)
    score_capacity = schema.Int(
        title=_("Score: capacity of the structure"),
        min=0,
        max=5,
        required=False,
    )


# Fields a submission needs, in form order.
SUBMIT_REQUIRED = (
    "structure_name",
    "legal_status",
    "siret",
    "department",
    "contact_name",
    "contact_email",
    "contact_phone",
    "project_title",
    "project_summary",
    "needs",
    "consent",
)

REVIEW_FIELDS = ("review_notes", *(score_field(token) for token, _t in CRITERIA))


@implementer(IApplication)
class Application(Item):
    """An application; its title is the structure's name."""

    security = ClassSecurityInfo()

    @property
    def title(self):
        return getattr(self, "structure_name", None) or ""

    @title.setter
    def title(self, value):
        # The title follows structure_name; the add machinery may still set it.
        pass

    def get_call(self):
        parent = aq_parent(aq_inner(self))
        return parent if ICall.providedBy(parent) else None

    @security.public
    def missing_for_submit(self) -> list[str]:
        """Names of the fields and documents a submission still lacks, and
        eligibility rules it breaks (``employer``, ``employees``)."""
        missing = [
            name
            for name in SUBMIT_REQUIRED
            if getattr(self, name, None) in (None, "", False)
        ]
        call = self.get_call()
        if call is not None:
            if call.programme == "culturdiag":
                if not self.employer:
                    missing.append("employer")
                elif not self.employees:
                    missing.append("employees")
            for token in call.required_documents or ():
                if getattr(self, document_field(token), None) is None:
                    missing.append(document_field(token))
        return missing

    @security.public
    def can_submit(self) -> bool:
        call = self.get_call()
        return (
            call is not None
            and call.accepts_applications()
            and not self.missing_for_submit()
        )

    def total_score(self) -> int | None:
        scores = [getattr(self, score_field(t), None) for t, _title in CRITERIA]
        scores = [s for s in scores if s is not None]
        return sum(scores) if scores else None


InitializeClass(Application)
