"""The views of the agenda, ressources, jeunes-pros and actualites sections."""

LAYOUTS = (
    ("agenda", "agenda"),
    ("ressources", "resources"),
    ("jeunes-pros", "youth"),
    ("actualites", "news"),
)


def set_section_views(portal) -> None:
    for section_id, layout in LAYOUTS:
        section = portal.get(section_id)
        if section is not None and section.getLayout() in (None, "listing_view"):
            section.setLayout(layout)
