"""The consent checkbox of the suite's HTML forms, with its link to the public page."""

from polepatrimoine.content.personaldata import consent
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class ConsentField(BrowserView):
    """``context/@@personal-data-consent``: the checkbox, named ``consent``."""

    index = ViewPageTemplateFile("templates/consent_field.pt")

    def __call__(self, id="consent", checked=False):
        # A form shown again after an error keeps the box as the visitor left it.
        posted = self.request.get("REQUEST_METHOD") == "POST"
        if posted and consent.given(self.request.form.get(consent.FIELD)):
            checked = True
        return self.index(id=id, checked=checked)

    def text(self):
        return consent.text(self.request)

    def policy_url(self):
        return consent.policy_url()
