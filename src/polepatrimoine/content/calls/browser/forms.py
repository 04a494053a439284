"""Forms: adding an application, the jury's review form, eligibility validation."""

from html import escape
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.z3cform.layout import wrap_form
from polepatrimoine.content import _
from polepatrimoine.content.calls.application import REVIEW_FIELDS
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.personaldata import consent
from z3c.form import button
from z3c.form import field
from z3c.form import form
from z3c.form import validator
from zExceptions import Forbidden
from zope.i18n import translate
from zope.interface import Invalid


class ApplicationAddForm(DefaultAddForm):
    def update(self):
        if not self.context.accepts_applications():
            raise Forbidden(
                translate(
                    _("This call does not accept applications."), context=self.request
                )
            )
        super().update()

    def updateWidgets(self, prefix=None):
        super().updateWidgets(prefix)
        widget = self.widgets.get("consent")
        if widget is not None:
            # The checkbox's help, as HTML: the link to the public page.
            widget.description = consent_help(self.request)
            widget.updateTerms()


def consent_help(request) -> str:
    link = translate(consent.LINK, context=request)
    text = translate(
        _(
            "How long the data is kept, who reads it and your rights: see the "
            "page « Personal data »."
        ),
        context=request,
    )
    return (
        f'{escape(text)} <a href="{escape(consent.policy_url())}" '
        f'target="_blank">{escape(link)}</a>'
    )


class ConsentGivenValidator(validator.SimpleFieldValidator):
    """Saving a draft may wait for other fields, never for the consent: it is
    asked when the data is first collected."""

    def validate(self, value):
        if value is not True:
            raise Invalid(consent.MISSING)
        super().validate(value)


validator.WidgetValidatorDiscriminators(
    ConsentGivenValidator, view=ApplicationAddForm, field=IApplication["consent"]
)


class ApplicationAddView(DefaultAddView):
    form = ApplicationAddForm


class EmployerValidator(validator.SimpleFieldValidator):
    """Culturdiag is for employer structures."""

    def validate(self, value):
        super().validate(value)
        call = self.context if ICall.providedBy(self.context) else None
        if call is None and IApplication.providedBy(self.context):
            call = self.context.get_call()
        if call is not None and call.programme == "culturdiag" and not value:
            raise Invalid(
                _(
                    "Culturdiag is for employer structures.",
                )
            )


validator.WidgetValidatorDiscriminators(
    EmployerValidator, field=IApplication["employer"]
)


class ReviewForm(form.EditForm):
    """The jury's notes and scores; the applicant's fields are not editable here."""

    fields = field.Fields(IApplication).select(*REVIEW_FIELDS)
    label = _("Review of the application")

    @button.buttonAndHandler(_("Save"), name="save")
    def handle_save(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        self.applyChanges(data)
        self.request.response.redirect(self.context.absolute_url())


ReviewFormView = wrap_form(ReviewForm)
