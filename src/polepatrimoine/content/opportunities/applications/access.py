"""Who reads an offer's applications: the permission, and the offers of a member."""

from datetime import date
from plone import api
from polepatrimoine.content.opportunities import expiry
from zc.relation.interfaces import ICatalog
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


READ_APPLICATIONS = "polepatrimoine: Read opportunity applications"


def may_read(offer) -> bool:
    return api.user.has_permission(READ_APPLICATIONS, obj=offer)


def structure_owners(offer) -> list[str]:
    """The principals holding Owner on the offer's structure (set on the actor
    itself: the directory's owners of that entry)."""
    relation = getattr(offer, "structure", None)
    if relation is None or relation.isBroken() or relation.to_object is None:
        return []
    actor = relation.to_object
    return [p for p, roles in actor.get_local_roles() if "Owner" in roles]


def offers_of_owned_structures(userid: str) -> list:
    """The offers naming an actor ``userid`` owns, whoever created them.

    Read from the relation catalog's tokens: only the actors that have offers
    are woken, and the offers of the member's actors."""
    relations = getUtility(ICatalog)
    intids = getUtility(IIntIds)
    query = {"from_attribute": "structure"}
    offers = []
    for actor_id in relations.findValueTokens("to_id", query):
        actor = intids.queryObject(actor_id)
        if actor is None or "Owner" not in actor.get_local_roles_for_userid(userid):
            continue
        for offer_id in relations.findValueTokens(
            "from_id", {**query, "to_id": actor_id}
        ):
            offer = intids.queryObject(offer_id)
            if getattr(offer, "portal_type", None) == "Opportunity":
                offers.append(offer)
    return offers


def offers_of(userid: str) -> list:
    """The member's offers, by deadline: those they created and those of the
    structures they own (its owners get Owner on them, ``workflows/opportunities/
    structure_owners.py``), as long as they may still manage them."""
    catalog = api.portal.get_tool("portal_catalog")
    # Expired offers too: Plone's ``expires`` hides them from members' searches.
    brains = catalog(
        portal_type="Opportunity",
        Creator=userid,
        sort_on="opportunity_deadline",
        show_inactive=True,
    )
    offers = {brain.UID: brain.getObject() for brain in brains}
    for offer in offers_of_owned_structures(userid):
        offers.setdefault(offer.UID(), offer)
    mine = [offer for offer in offers.values() if may_read(offer)]
    return sorted(mine, key=lambda offer: offer.deadline or date.max)


def state_of(offer) -> str:
    return api.content.get_state(offer, default="")


def expired(offer, now=None) -> bool:
    """Past its deadline (Paris), or retired to ``expired`` by the command."""
    return state_of(offer) == "expired" or (
        state_of(offer) == "published" and expiry.is_past(offer, now)
    )
