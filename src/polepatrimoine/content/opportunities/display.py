"""How offers read in French in the listing, on the map and in the feeds (from catalog metadata)."""

from datetime import date
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import french_day
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import KIND_DETAILS
from polepatrimoine.content.vocabularies import OPPORTUNITY_KINDS
from polepatrimoine.content.vocabularies import OPPORTUNITY_LEVELS
from zope.i18n import translate

import Missing


KIND_TITLES = dict(OPPORTUNITY_KINDS)
DETAIL_TITLES = dict(KIND_DETAILS)
LEVEL_TITLES = dict(OPPORTUNITY_LEVELS)
DEPARTMENT_NAMES = dict(DEPARTMENTS)


def value(brain, name, default=""):
    found = getattr(brain, name, default)
    return default if found is None or found is Missing.Value else found


def french_date(day) -> str:
    """« 1er mars 2027 », « 15 mars 2027 »."""
    return french_day(day) if isinstance(day, date) else ""


def kind_title(brain) -> str:
    """« Alternance (apprentissage) », « Stage »."""
    kind = KIND_TITLES.get(value(brain, "opportunity_kind"), "")
    detail = DETAIL_TITLES.get(value(brain, "kind_detail"))
    return f"{kind} ({detail[0].lower()}{detail[1:]})" if kind and detail else kind


def place(brain) -> str:
    """« Saumur (49) »."""
    commune, department = value(brain, "commune"), value(brain, "department")
    if commune and department:
        return f"{commune} ({department})"
    return commune or DEPARTMENT_NAMES.get(department, "")


def summary(brain, request) -> str:
    """One line: kind, structure, place, level, deadline."""
    parts = [
        kind_title(brain),
        value(brain, "structure_title"),
        place(brain),
        LEVEL_TITLES.get(value(brain, "opportunity_level"), ""),
    ]
    deadline = value(brain, "opportunity_deadline", None)
    if deadline:
        parts.append(
            translate(
                _("Deadline: ${date}", mapping={"date": french_date(deadline)}),
                context=request,
            )
        )
    return " · ".join(part for part in parts if part)
