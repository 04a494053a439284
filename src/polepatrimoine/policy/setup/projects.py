"""The ``projets`` section: who proposes projects there, and what it holds."""

from plone import api
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from polepatrimoine.content.interfaces import IProjectsSection
from zope.interface import alsoProvides


def configure_projects(portal) -> None:
    section = portal.get("projets")
    if section is None:
        return
    # Any member may propose a project of an actor they own; it stays pending
    # until a coordinator publishes it.
    api.group.grant_roles(
        groupname="AuthenticatedUsers", roles=["Contributor"], obj=section
    )
    # Contributors could otherwise add pages and folders to the section. Plone
    # checks the types against what the current user may add: a reinstall may
    # run as a user who may add no project.
    constraints = ISelectableConstrainTypes(section)
    with api.env.adopt_roles(["Manager"]):
        constraints.setConstrainTypesMode(ENABLED)
        constraints.setLocallyAllowedTypes(["Project"])
        constraints.setImmediatelyAddableTypes(["Project"])
    # Its own @projects-geojson and @projects-facets answer there.
    alsoProvides(section, IProjectsSection)
    if section.getLayout() in (None, "listing_view"):
        section.setLayout("projects")
