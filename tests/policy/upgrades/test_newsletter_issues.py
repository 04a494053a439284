"""A site made before the newsletter issues gets them from the upgrades
(content 1005, workflows 1004, policy 1004), then a coordinator adds an issue."""

from plone import api
from tests.fixtures.http import client

import transaction


ISSUES = {
    "polepatrimoine.content:default": "1004",
    "polepatrimoine.workflows:default": "1001",
    "polepatrimoine.policy:default": "1003",
}
WORKFLOW = "polepatrimoine_newsletter_issue_workflow"


def test_existing_site_gets_issues_archive_and_workflow(functional, members):
    portal = functional["portal"]
    setup = api.portal.get_tool("portal_setup")
    with api.env.adopt_roles(["Manager"]):
        # the site as it was: no type, no workflow, a plain lettre folder
        for issue in portal["lettre"].objectIds():
            api.content.delete(obj=portal["lettre"][issue])
        api.portal.get_tool("portal_types").manage_delObjects(["NewsletterIssue"])
        wftool = api.portal.get_tool("portal_workflow")
        wftool.setChainForPortalTypes(["NewsletterIssue"], ())
        wftool.manage_delObjects([WORKFLOW])
        portal["lettre"].setLayout("listing_view")
        portal["lettre"].manage_permission(
            "polepatrimoine: Add NewsletterIssue", (), acquire=True
        )
        for profile, version in ISSUES.items():
            setup.setLastVersionForProfile(profile, version)
    transaction.commit()
    claire = client(portal.absolute_url(), "claire@example.org")
    body = {"@type": "NewsletterIssue", "title": "Lettre d'avant"}
    assert claire.post("lettre", json=body).status_code in (400, 401, 403)
    with api.env.adopt_roles(["Manager"]):
        for profile in ISSUES:
            assert setup.listUpgrades(profile), profile
            setup.upgradeProfile(profile)
            assert setup.listUpgrades(profile) == []
    transaction.commit()
    assert portal["lettre"].getLayout() == "newsletter-archive"
    response = claire.post("lettre", json=body)
    assert response.status_code == 201, response.text
    assert response.json()["review_state"] == "draft"
    assert client(portal.absolute_url()).get(response.json()["@id"]).status_code == 401
