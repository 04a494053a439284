"""The subscription form: a footer viewlet on every page, and the page it posts to."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter import subscription
from polepatrimoine.content.personaldata import consent
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.interface import alsoProvides


FIELDS = ("email", "name", "structure")


class FormMixin:
    fields = ViewPageTemplateFile("templates/form_fields.pt")

    def portal_url(self):
        return api.portal.get().absolute_url()

    def action(self):
        return f"{self.portal_url()}/@@newsletter-subscribe"

    def consent_text(self):
        return consent.text(self.request)

    def policy_url(self):
        return consent.policy_url()

    def member_email(self):
        if api.user.is_anonymous():
            return ""
        return api.user.get_current().getProperty("email") or ""


class FooterViewlet(FormMixin, ViewletBase):
    """E-mail, optional name and structure, the consent: on every page."""


class SubscribeView(FormMixin, BrowserView):
    """GET: the form; POST: subscribe, then the one answer (or the field at fault)."""

    error = None
    submitted = False
    values = None

    def __call__(self):
        self.values = {"email": self.member_email()}
        if self.request.method == "POST":
            self.values = {
                name: str(self.request.form.get(name, ""))[:300] for name in FIELDS
            }
            self.submit()
        return self.index()

    def submit(self):
        CheckAuthenticator(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = subscription.retry_after(self.request)
        if wait:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            self.error = subscription.SubscriptionError(ratelimit.refusal_message(wait))
            return
        form = {
            name: self.request.form.get(name, "")
            for name in (*FIELDS, subscription.HONEYPOT)
        }
        form[consent.FIELD] = consent.given(self.request.form.get(consent.FIELD))
        user = None if api.user.is_anonymous() else api.user.get_current()
        try:
            values = subscription.clean(form, user)
        except subscription.SubscriptionError as error:
            self.request.response.setStatus(400)
            self.error = error
            return
        self.subscriber = subscription.subscribe(values, "form", user)
        self.own = (
            subscription.own_address(values["email"], user)
            and self.subscriber.state == subscribers.ACTIVE
        )
        self.submitted = True
