"""The ``lettre`` section as the newsletter's archive: its view and who adds issues there."""

from plone import api
from polepatrimoine.policy.setup.sections import ensure


LETTRE = (
    "lettre",
    "Folder",
    "La lettre d'information",
    "La lettre d'information du réseau : les numéros envoyés et l'inscription.",
    None,
    (),
)
ADD_PERMISSION = "polepatrimoine: Add NewsletterIssue"


def configure_archive(portal=None) -> None:
    """Issues are added in ``lettre`` only (as calls in ``accompagnement``), by
    the coordinators, and the section lists the issues sent."""
    portal = portal if portal is not None else api.portal.get()
    lettre = portal.get("lettre")
    if lettre is None:
        # The subscribers' feature creates the section with the others.
        lettre = ensure(portal, LETTRE)
    lettre.manage_permission(
        ADD_PERMISSION, ("Manager", "Site Administrator"), acquire=True
    )
    if lettre.getLayout() in (None, "listing_view"):
        lettre.setLayout("newsletter-archive")
