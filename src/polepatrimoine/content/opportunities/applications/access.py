"""Who reads an offer's applications: the permission, and the offers of a member."""

from plone import api
from polepatrimoine.content.opportunities import expiry


READ_APPLICATIONS = "polepatrimoine: Read opportunity applications"


def may_read(offer) -> bool:
    return api.user.has_permission(READ_APPLICATIONS, obj=offer)


def offers_of(userid: str) -> list:
    """The member's offers (those they created and may still manage), by deadline."""
    catalog = api.portal.get_tool("portal_catalog")
    # Expired offers too: Plone's ``expires`` hides them from members' searches.
    brains = catalog(
        portal_type="Opportunity",
        Creator=userid,
        sort_on="opportunity_deadline",
        show_inactive=True,
    )
    offers = [brain.getObject() for brain in brains]
    return [offer for offer in offers if may_read(offer)]


def state_of(offer) -> str:
    return api.content.get_state(offer, default="")


def expired(offer, now=None) -> bool:
    """Past its deadline (Paris), or retired to ``expired`` by the command."""
    return state_of(offer) == "expired" or (
        state_of(offer) == "published" and expiry.is_past(offer, now)
    )
