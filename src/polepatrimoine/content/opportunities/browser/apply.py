"""Classic UI of applying: the form under an open offer, and ``@@opportunity-apply``."""

from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.applications import apply
from polepatrimoine.content.opportunities.applications import submission
from polepatrimoine.content.opportunities.applications.storage import FILES
from polepatrimoine.content.personaldata import consent
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.interface import alsoProvides

import transaction


class ApplyMixin:
    fields = ViewPageTemplateFile("templates/apply_fields.pt")
    max_size_mb = submission.MAX_FILE_SIZE // (1024 * 1024)

    def is_open(self):
        return expiry.is_open(self.context)


class ApplyViewlet(ApplyMixin, ViewletBase):
    """The form under the offer, or why it takes no application."""

    values = {}


class ApplyView(ApplyMixin, BrowserView):
    """GET: the form; POST: apply, then the result or the error (French)."""

    submitted = False
    error = None

    def __call__(self):
        self.values = {}
        if self.request.method == "POST":
            self.values = {
                name: value
                for name in submission.FIELD_LIMITS
                if isinstance(value := self.request.form.get(name), str)
            }
            self.submit()
        return self.index()

    def submit(self):
        CheckAuthenticator(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = apply.retry_after(self.request)
        if wait:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            self.error = submission.ApplicationError(ratelimit.refusal_message(wait))
            return
        form = self.request.form
        data = {
            name: value if isinstance(value := form.get(name), str) else None
            for name in (*submission.FIELD_LIMITS, submission.HONEYPOT)
        }
        data[consent.FIELD] = consent.given(form.get(consent.FIELD))
        uploads = {
            name: None if isinstance(form.get(name), (list, tuple)) else form.get(name)
            for name in FILES
        }
        try:
            apply.submit(self.context, data, uploads)
        except submission.ApplicationError as error:
            transaction.doom()
            self.request.response.setStatus(error.status)
            self.error = error
            return
        self.submitted = True

    def error_field(self):
        return self.error.field if self.error is not None else None
