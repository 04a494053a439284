"""The projects listing: its facets, filters, catalog queries and counts (common/facets.py)."""

from polepatrimoine.content import _
from polepatrimoine.content.common.facets import Facets
from polepatrimoine.content.projects.vocabularies import PROJECT_KINDS
from polepatrimoine.content.projects.vocabularies import PROJECT_STATUSES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS


# facet (index, column and parameter) -> (tokens and French titles, several per project?)
FACETS = {
    "project_kind": (PROJECT_KINDS, False),
    "project_status": (PROJECT_STATUSES, False),
    "heritage_domains": (HERITAGE_DOMAINS, True),
    "departments": (
        tuple((code, f"{code} – {name}") for code, name in DEPARTMENTS),
        True,
    ),
    "project_reproducible": ((("1", "Reproductibles"),), False),
}
FACET_TITLES = {
    "project_kind": _("Kind of project"),
    "project_status": _("Status"),
    "heritage_domains": _("Heritage domains"),
    "departments": _("Départements"),
    "project_reproducible": _("Reproducible only"),
}

PROJECTS = Facets(
    FACETS,
    FACET_TITLES,
    {"portal_type": "Project"},
    flags=("project_reproducible",),
)
