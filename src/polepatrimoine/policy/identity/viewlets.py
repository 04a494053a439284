"""The header's wordmark and the footer's identity block."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from polepatrimoine.policy.identity.settings import PREFIX


WORDMARK = "++theme++polepatrimoine/images/wordmark.svg"


class LogoViewlet(ViewletBase):
    """The wordmark « Pôle Patrimoine », a link to the home page."""

    def update(self):
        super().update()
        self.home_url = self.portal_state.navigation_root_url()
        self.img_src = f"{self.portal_state.portal_url()}/{WORDMARK}"


class FooterViewlet(ViewletBase):
    """Address, contact and supporters; « Propulsé par Plone » as the colophon."""

    def update(self):
        super().update()
        address = self.record("address") or ""
        self.address_lines = [line for line in address.splitlines() if line.strip()]
        self.email = self.record("email")
        phone = self.record("phone")
        self.phone = phone
        self.phone_href = "tel:" + "".join(c for c in phone or "" if c in "+0123456789")
        self.contact_url = f"{self.portal_state.portal_url()}/contact-info"

    def record(self, name):
        return api.portal.get_registry_record(f"{PREFIX}.{name}", default=None)
