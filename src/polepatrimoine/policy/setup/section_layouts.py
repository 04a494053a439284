"""The views of the agenda, ressources, jeunes-pros, jeunes-pros/offres, observatoire
and donnees-ouvertes sections."""

LAYOUTS = (
    ("agenda", "agenda"),
    ("ressources", "resources"),
    ("jeunes-pros", "youth"),
    ("jeunes-pros/offres", "opportunities"),
    ("observatoire", "observatory"),
    ("donnees-ouvertes", "open-data"),
)


def set_section_views(portal) -> None:
    for section_id, layout in LAYOUTS:
        section = portal.unrestrictedTraverse(section_id, None)
        if section is not None and section.getLayout() in (None, "listing_view"):
            section.setLayout(layout)
