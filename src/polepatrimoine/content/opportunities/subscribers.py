"""Plone's ``expires`` follows an offer's deadline, so that Plone's own search and
navigation hide it from visitors from the day after."""

from DateTime import DateTime
from polepatrimoine.content.opportunities import expiry


def set_expires(offer, event=None) -> None:
    if offer.deadline is None:
        return
    expires = DateTime(expiry.expires_at(offer.deadline))
    if getattr(offer, "expiration_date", None) != expires:
        offer.expiration_date = expires
