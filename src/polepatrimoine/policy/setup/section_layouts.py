"""The views of the sections whose default page is a suite's view."""

LAYOUTS = (
    ("agenda", "agenda"),
    ("ressources", "resources"),
    ("jeunes-pros", "youth"),
    ("actualites", "news"),
    ("jeunes-pros/offres", "opportunities"),
    ("observatoire", "observatory"),
    ("donnees-ouvertes", "open-data"),
)


def set_section_views(portal) -> None:
    for section_id, layout in LAYOUTS:
        section = portal.unrestrictedTraverse(section_id, None)
        if section is not None and section.getLayout() in (None, "listing_view"):
            section.setLayout(layout)
