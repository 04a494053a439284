"""Upgrade 1008 → 1009 of the policy profile: the observatoire and donnees-ouvertes
sections, published, with their views; an existing section is left as it is."""

from plone import api


PROFILE = "polepatrimoine.policy:default"


def test_upgrade_creates_the_sections(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        portal.manage_delObjects(["observatoire", "donnees-ouvertes"])
    portal["a-propos"].title = "À propos (modifié)"
    setup_tool.setLastVersionForProfile(PROFILE, "1008")

    with api.env.adopt_roles(["Manager"]):
        setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert portal["observatoire"].getLayout() == "observatory"
    assert portal["donnees-ouvertes"].getLayout() == "open-data"
    for section in ("observatoire", "donnees-ouvertes"):
        assert api.content.get_state(portal[section]) == "published"
    assert portal["a-propos"].title == "À propos (modifié)"
