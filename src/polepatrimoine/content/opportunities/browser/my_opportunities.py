"""``@@my-opportunities`` ("Mes offres"): the member's offers, the applications
received, and "Renouveler" on an expired offer."""

from plone import api
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.opportunities.applications import access
from polepatrimoine.content.opportunities.applications import my_offers
from polepatrimoine.content.opportunities.applications.submission import (
    ApplicationError,
)
from Products.Five import BrowserView
from zExceptions import Unauthorized
from zope.interface import alsoProvides

import transaction


class MyOpportunitiesView(BrowserView):
    error = None
    renewed = None

    def __call__(self):
        if api.user.is_anonymous():
            # Plone's challenge: the login form, then back here.
            raise Unauthorized("@@my-opportunities")
        if self.request.method == "POST":
            self.renew()
        self.request.response.setHeader("Cache-Control", "private, no-store")
        return self.index()

    def renew(self):
        CheckAuthenticator(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        form = self.request.form
        try:
            offer = my_offers.find_offer(form.get("renew"))
            deadline = my_offers.parse_deadline(form.get("deadline"))
            my_offers.renew(offer, deadline)
        except ApplicationError as error:
            transaction.doom()
            self.request.response.setStatus(error.status)
            self.error = error
            return
        self.renewed = offer.Title()

    def offers(self):
        userid = api.user.get_current().getId()
        return [
            my_offers.offer_data(offer, self.request)
            for offer in access.offers_of(userid)
        ]

    def date(self, iso: str) -> str:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if iso else ""

    def datetime(self, iso: str) -> str:
        return f"{self.date(iso)} {iso[11:16]}" if iso else ""
