"""E-mails of the calls for applications: ``mail-<kind>`` views on the application."""

from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common import workflow
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.workflows import _
from zope.i18nmessageid import Message


SUBJECTS = {
    "acknowledgement": _(
        "Your application to ${call} has been received",
    ),
    "jury-notice": _("New application to ${call}: ${structure}"),
    "decision": _("Your application to ${call}: ${state}"),
    "info-requested": _(
        "Your application to ${call}: more information needed",
    ),
    "reminder": _("${call} closes on ${date}: your draft"),
}


class MailView(mail.MailView):
    """Base of the calls' mail templates: the application, its call and their data."""

    @property
    def call(self):
        return self.context.get_call()

    def structure(self):
        return self.context.structure_name or ""

    def call_title(self):
        return self.call.Title() if self.call is not None else ""

    def close_date(self):
        call = self.call
        return french_date(call.close_date) if call is not None else ""

    def state_title(self):
        state = api.content.get_state(self.context)
        return mail.tr(workflow.state_message(state, self.context.portal_type))

    def url(self):
        return self.context.absolute_url()

    def dashboard_url(self):
        call = self.call
        return f"{call.absolute_url()}/@@applications" if call is not None else ""

    def comment(self):
        return self.options.get("comment") or ""


def subject(kind: str, application) -> Message:
    data = MailView(application, application.REQUEST)
    return Message(
        SUBJECTS[kind],
        mapping={
            "call": data.call_title(),
            "structure": data.structure(),
            "state": data.state_title(),
            "date": data.close_date(),
        },
    )


def send(kind: str, application, recipients, **options) -> None:
    """Send the ``mail-<kind>`` mail of application after the commit."""
    mail.send(kind, application, recipients, subject(kind, application), **options)


def applicant_emails(application) -> list[str]:
    """The contact given in the application and the applicant's account."""
    emails = [application.contact_email]
    owner = application.getOwner()
    user = api.user.get(userid=owner.getId()) if owner is not None else None
    if user is not None:
        emails.append(user.getProperty("email"))
    return [e for e in emails if e]
