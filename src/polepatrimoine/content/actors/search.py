"""The actors directory: its facets, filters, catalog queries and facet counts.

Everything here reads the catalog (its indexes and metadata records): no Actor
object is woken to list, count or map actors.
"""

from polepatrimoine.content import _
from polepatrimoine.content.common.facets import Facets
from polepatrimoine.content.common.facets import FilterError  # noqa: F401
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS


# facet -> (allowed tokens with their French titles, several values per actor?)
FACETS = {
    "actor_category": (ACTOR_CATEGORIES, False),
    "heritage_domains": (HERITAGE_DOMAINS, True),
    "department": (
        tuple((code, f"{code} – {name}") for code, name in DEPARTMENTS),
        False,
    ),
    "labels": (LABELS, True),
    "is_member": ((("1", "Adhérents du réseau"),), False),
}
FACET_TITLES = {
    "actor_category": _("Category"),
    "heritage_domains": _("Heritage domains"),
    "department": _("Département"),
    "labels": _("Labels"),
    "is_member": _("Members only"),
}

DIRECTORY = Facets(FACETS, FACET_TITLES, {"portal_type": "Actor"}, flags=("is_member",))

filters_from_form = DIRECTORY.filters_from_form
catalog_query = DIRECTORY.catalog_query
search = DIRECTORY.search
facet_counts = DIRECTORY.facet_counts
facets_for_display = DIRECTORY.facets_for_display
_brain_values = DIRECTORY.brain_values
