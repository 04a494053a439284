"""Finding offers: the facets of ``jeunes-pros/offres`` over the open offers only.

Every channel (the listing, its map, the counts, RSS and iCalendar) searches
through ``OFFERS``, whose base query is ``expiry.open_query()`` read at each
search: an offer past its deadline day is left out the next day, with no
command run and no object woken.
"""

from polepatrimoine.content import _
from polepatrimoine.content.common.facets import Facets
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.trades import trade_brains
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import OPPORTUNITY_KINDS
from polepatrimoine.content.vocabularies import OPPORTUNITY_LEVELS
from polepatrimoine.content.vocabularies import TRADE_FAMILIES


def trade_items() -> tuple:
    """The trades kept in the site (``jeunes-pros/metiers``), by title."""
    return tuple((brain.getId, brain.Title) for brain in trade_brains())


# facet (its index and its parameter) -> (tokens with their French titles, several values per offer?)
FACETS = {
    "opportunity_kind": (OPPORTUNITY_KINDS, False),
    "trade_families": (TRADE_FAMILIES, True),
    "trades": (trade_items, True),
    "department": (
        tuple((code, f"{code} – {name}") for code, name in DEPARTMENTS),
        False,
    ),
    "opportunity_level": (OPPORTUNITY_LEVELS, False),
}
FACET_TITLES = {
    "opportunity_kind": _("Kind of offer"),
    "trade_families": _("Family of trades"),
    "trades": _("Trades"),
    "department": _("Département"),
    "opportunity_level": _("Level of training"),
}


def open_offers_query() -> dict:
    return expiry.open_query()


OFFERS = Facets(FACETS, FACET_TITLES, open_offers_query)

# Soonest deadline first: what a young person must act on first.
SORT = {"sort_on": "opportunity_deadline", "sort_order": "ascending"}
