"""E-mails of the calls for applications.

Each body is a page template registered as a view on the application
(``mail-<kind>``), so an integrator overrides one with a ZCML override or
z3c.jbot. Templates render plain text: one translated paragraph per block.
"""

from email.message import EmailMessage
from email.utils import formataddr
from plone import api
from polepatrimoine.workflows import _
from polepatrimoine.workflows import logger
from Products.Five.browser import BrowserView
from zope.i18n import translate
from zope.i18nmessageid import Message

import html
import re
import transaction


SUBJECTS = {
    "acknowledgement": _(
        "mail_subject_acknowledgement",
        default="Your application to ${call} has been received",
    ),
    "jury-notice": _(
        "mail_subject_jury_notice", default="New application to ${call}: ${structure}"
    ),
    "decision": _(
        "mail_subject_decision", default="Your application to ${call}: ${state}"
    ),
    "info-requested": _(
        "mail_subject_info_requested",
        default="Your application to ${call}: more information needed",
    ),
    "reminder": _(
        "mail_subject_reminder", default="${call} closes on ${date}: your draft"
    ),
}


class MailView(BrowserView):
    """Base of the mail templates: the application, its call and their data."""

    template = None

    def __call__(self, **options):
        self.options = options
        text = html.unescape(self.index(**options))
        text = "\n".join(line.strip() for line in text.splitlines())
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"

    @property
    def call(self):
        return self.context.get_call()

    def structure(self):
        return self.context.structure_name or ""

    def call_title(self):
        return self.call.Title() if self.call is not None else ""

    def close_date(self):
        call = self.call
        return call.close_date.strftime("%d/%m/%Y") if call is not None else ""

    def state_title(self):
        wftool = api.portal.get_tool("portal_workflow")
        state = api.content.get_state(self.context)
        title = wftool.getTitleForStateOnType(state, self.context.portal_type)
        return translate(title, domain="polepatrimoine", context=self.request)

    def url(self):
        return self.context.absolute_url()

    def dashboard_url(self):
        call = self.call
        return f"{call.absolute_url()}/@@applications" if call is not None else ""

    def comment(self):
        return self.options.get("comment") or ""


def render(kind: str, application, **options) -> tuple[str, str]:
    """Subject and body of a mail, in the site's language."""
    request = application.REQUEST
    view = api.content.get_view(f"mail-{kind}", application, request)
    body = view(**options)
    subject = translate(
        Message(
            SUBJECTS[kind],
            mapping={
                "call": view.call_title(),
                "structure": view.structure(),
                "state": view.state_title(),
                "date": view.close_date(),
            },
        ),
        context=request,
    )
    return subject, body


def send(kind: str, application, recipients, **options) -> None:
    """Send once the transaction is committed.

    A ZODB conflict retries the request: mail queued in an after-commit hook
    leaves only for the attempt that committed. A failing SMTP server is
    logged and never turns a submission or a decision into an error.
    """
    # The reserved .invalid domain (RFC 2606) can receive nothing: demo data uses it.
    recipients = sorted({r for r in recipients if r and not r.endswith(".invalid")})
    if not recipients:
        return
    subject, body = render(kind, application, **options)
    mailhost = api.portal.get_tool("MailHost")
    sender = api.portal.get_registry_record("plone.email_from_address")
    sender_name = api.portal.get_registry_record("plone.email_from_name", default="")
    messages = []
    for recipient in recipients:
        message = EmailMessage()
        message["Subject"] = subject
        message["From"] = formataddr((sender_name, sender))
        message["To"] = recipient
        message.set_content(body)
        messages.append((recipient, message))

    def deliver(committed: bool) -> None:
        if not committed:
            return
        for recipient, message in messages:
            try:
                mailhost.send(message, mto=recipient, mfrom=sender, immediate=True)
            except Exception:
                logger.exception("Could not send the %s mail to %s", kind, recipient)

    transaction.get().addAfterCommitHook(deliver)


def applicant_emails(application) -> list[str]:
    """The contact given in the application and the applicant's account."""
    emails = [application.contact_email]
    owner = application.getOwner()
    user = api.user.get(userid=owner.getId()) if owner is not None else None
    if user is not None:
        emails.append(user.getProperty("email"))
    return [e for e in emails if e]
