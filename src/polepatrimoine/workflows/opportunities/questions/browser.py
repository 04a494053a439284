"""Classic UI of the question: the form on ``jeunes-pros`` and ``@@jeunes-pros-question``."""

from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.personaldata import consent
from polepatrimoine.workflows.opportunities.questions import routing
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import NotFound
from zope.interface import alsoProvides

import transaction


class QuestionMixin:
    fields = ViewPageTemplateFile("templates/question_fields.pt")


class QuestionViewlet(QuestionMixin, ViewletBase):
    """The form below the section's text, on the section only."""

    def available(self):
        return routing.is_section(self.context)

    def render(self):
        return self.index() if self.available() else ""


class QuestionView(QuestionMixin, BrowserView):
    """GET: the form; POST: send the question, then the result or the error."""

    submitted = False
    error = None

    def __call__(self):
        if not routing.is_section(self.context):
            raise NotFound(self.context, "jeunes-pros-question", self.request)
        self.values = {}
        if self.request.method == "POST":
            self.values = {
                name: value
                for name in routing.FIELD_LIMITS
                if isinstance(value := self.request.form.get(name), str)
            }
            self.submit()
        return self.index()

    def submit(self):
        CheckAuthenticator(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = routing.retry_after(self.request)
        if wait:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            self.error = RequestError(ratelimit.refusal_message(wait), status=429)
            return
        form = self.request.form
        data = {
            name: value if isinstance(value := form.get(name), str) else None
            for name in (*routing.FIELD_LIMITS, routing.HONEYPOT)
        }
        data[consent.FIELD] = consent.given(form.get(consent.FIELD))
        try:
            values = routing.clean(data)
        except RequestError as error:
            transaction.doom()
            self.request.response.setStatus(error.status)
            self.error = error
            return
        routing.ask(self.context, values)
        self.submitted = True
