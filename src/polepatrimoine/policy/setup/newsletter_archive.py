"""The ``lettre`` section as the newsletter's archive: its view and who adds issues there."""

from plone import api


ADD_PERMISSION = "polepatrimoine: Add NewsletterIssue"


def configure_archive(portal=None) -> None:
    """Issues are added in ``lettre`` only (as calls in ``accompagnement``), by
    the coordinators, and the section lists the issues sent."""
    portal = portal if portal is not None else api.portal.get()
    lettre = portal.get("lettre")  # made with the other sections (sections.py)
    if lettre is None:
        return
    lettre.manage_permission(
        ADD_PERMISSION, ("Manager", "Site Administrator"), acquire=True
    )
    if lettre.getLayout() in (None, "listing_view"):
        lettre.setLayout("newsletter-archive")
