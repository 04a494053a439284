"""The legal pages: « Mentions légales » and the « Déclaration d'accessibilité ».

Created when missing and never overwritten: coordinators edit them once they
exist. The personal-data page is the view ``@@personal-data-policy`` (content,
personaldata), linked from both and from the footer rather than copied.
"""

from pathlib import Path
from polepatrimoine.policy.setup.sections import ensure


HERE = Path(__file__).parent / "legal"

# (id, title, description)
PAGES = (
    (
        "mentions-legales",
        "Mentions légales",
        "Qui édite et héberge ce site, à qui en appartiennent les contenus.",
    ),
    (
        "accessibilite",
        "Déclaration d'accessibilité",
        "L'état de conformité du site au RGAA 4.1, ce qui n'est pas encore "
        "accessible, et comment nous le signaler.",
    ),
)


def create_legal_pages(portal) -> None:
    for page_id, title, description in PAGES:
        exists = page_id in portal.objectIds()
        text = (HERE / f"{page_id}.html").read_text(encoding="utf-8")
        page = ensure(portal, (page_id, "Document", title, description, text, ()))
        if not exists:
            # Reached from the footer of every page, not from the navigation.
            page.exclude_from_nav = True
            page.reindexObject()
