"""1005 → 1008: the ``projets`` section, who proposes projects there, its listing."""

from plone import api
from polepatrimoine.policy.setup import projects
from polepatrimoine.policy.setup import sections


def create_projects_section(setup_tool) -> None:
    portal = api.portal.get()
    # Plone checks a folder's allowed types against what the user may add.
    with api.env.adopt_roles(["Manager"]):
        sections.create_sections(portal)
        projects.configure_projects(portal)
