"""The ``projets`` section: who proposes projects there, and what it holds."""

from plone import api
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes


def configure_projects(portal) -> None:
    section = portal.get("projets")
    if section is None:
        return
    # Any member may propose a project of an actor they own; it stays pending
    # until a coordinator publishes it.
    api.group.grant_roles(
        groupname="AuthenticatedUsers", roles=["Contributor"], obj=section
    )
    # Contributors could otherwise add pages and folders to the section.
    constraints = ISelectableConstrainTypes(section)
    constraints.setConstrainTypesMode(ENABLED)
    constraints.setLocallyAllowedTypes(["Project"])
    constraints.setImmediatelyAddableTypes(["Project"])
    if section.getLayout() in (None, "listing_view"):
        section.setLayout("projects")
