"""Upgrade 1005 → 1008 of the policy profile: the section ``projets``."""

from plone import api
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from polepatrimoine.content.interfaces import IProjectsSection


PROFILE = "polepatrimoine.policy:default"


def test_upgrade_creates_the_projects_section(integration, setup_tool):
    portal = integration["portal"]
    portal["a-propos"].title = "Qui sommes-nous"
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=portal["projets"], check_linkintegrity=False)
    setup_tool.setLastVersionForProfile(PROFILE, "1005")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == ("1008",)
    section = portal["projets"]
    assert section.Title() == "Projets et initiatives"
    assert section.getLayout() == "projects"
    assert IProjectsSection.providedBy(section)
    assert api.content.get_state(section) == "published"
    assert ISelectableConstrainTypes(section).getLocallyAllowedTypes() == ["Project"]
    local = dict(section.get_local_roles())
    assert "Contributor" in local["AuthenticatedUsers"]
    roles = {
        r["name"]
        for r in section.rolesOfPermission("polepatrimoine: Add Project")
        if r["selected"]
    }
    assert {"Contributor", "Site Administrator"} <= roles
    # Sections that exist are left as their editors made them.
    assert portal["a-propos"].title == "Qui sommes-nous"
