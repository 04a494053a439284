"""Plone's ``expires`` follows an offer's deadline, so that Plone's own search and
navigation hide it from visitors from the day after; the offers' catalog entries
follow their structure's title and state."""

from DateTime import DateTime
from plone import api
from polepatrimoine.content.opportunities import expiry
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


def set_expires(offer, event=None) -> None:
    if offer.deadline is None:
        return
    expires = DateTime(expiry.expires_at(offer.deadline))
    if getattr(offer, "expiration_date", None) != expires:
        offer.expiration_date = expires


def offers_of_structure(actor) -> list:
    """Every offer naming ``actor`` as its structure, whoever may see them."""
    if getUtility(IIntIds).queryId(actor) is None:
        # Not registered yet (being created): no offer can name it.
        return []
    relations = api.relation.get(
        target=actor, relationship="structure", unrestricted=True
    )
    offers = (r.from_object for r in relations)
    return [o for o in offers if getattr(o, "portal_type", None) == "Opportunity"]


def structure_changed(actor, event) -> None:
    # structure_title (metadata) and SearchableText name the actor only while
    # it is public; the actor's owners own its offers (allowedRolesAndUsers
    # follows a change on its sharing page, an IObjectModifiedEvent too).
    for offer in offers_of_structure(actor):
        offer.reindexObject(idxs=["SearchableText", "allowedRolesAndUsers"])
