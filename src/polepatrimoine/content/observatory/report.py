"""The observatory as one document: the filters and every published figure."""

from polepatrimoine.content.observatory import figures as figures_module
from polepatrimoine.content.observatory import masking
from polepatrimoine.content.observatory.filters import Filters
from zope.i18n import translate


CSV_HEADER = ("figure", "titre", "cle", "libelle", "valeur", "part_pourcent")


def build(filters: Filters, request) -> dict:
    published = [masking.publish(f, request) for f in figures_module.compute(filters)]
    sections = []
    for section_id, title, _make in figures_module.SECTIONS:
        items = [f for f in published if f["section"] == section_id]
        if items:
            sections.append(
                {
                    "id": section_id,
                    "title": translate(title, context=request),
                    "figures": items,
                }
            )
    return {
        "filters": {
            "department": filters.department or None,
            "year_from": filters.year_from,
            "year_to": filters.year_to,
        },
        "masked_below": masking.THRESHOLD,
        "sections": sections,
    }


def csv_rows(document: dict, figure_id: str | None = None) -> list:
    rows = []
    for section in document["sections"]:
        for figure in section["figures"]:
            if figure_id and figure["id"] != figure_id:
                continue
            for row in figure["rows"]:
                rows.append(
                    (
                        figure["id"],
                        figure["title"],
                        row["key"],
                        row["label"],
                        row["value"],
                        row.get("share"),
                    )
                )
            if figure["total"] is not None:
                rows.append(
                    (
                        figure["id"],
                        figure["title"],
                        "total",
                        "Total",
                        figure["total"],
                        None,
                    )
                )
    return rows


def figure_ids(document: dict) -> list:
    return [f["id"] for s in document["sections"] for f in s["figures"]]
