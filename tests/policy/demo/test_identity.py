"""The demo site's footer: the network's contact and its pages on social networks."""

from plone import api
from polepatrimoine.policy.demo import identity
from tests.policy.theme.helpers import fetch
from tests.policy.theme.helpers import texts

import pytest
import transaction


@pytest.mark.parametrize("path", ["", "accessibilite"])
def test_demo_footer_shows_contact_and_social_pages(functional, path):
    response, tree = fetch(f"{functional['portal'].absolute_url()}/{path}")
    assert response.status_code == 200
    (footer,) = tree.cssselect("#portal-footer-wrapper")
    assert texts(footer, "address") == ["Pays de la Loire"]
    (email,) = footer.cssselect("a.pp-footer-email")
    assert (email.text, email.get("href")) == (
        "contact@example.org",
        "mailto:contact@example.org",
    )
    (phone,) = footer.cssselect("a.pp-footer-phone")
    assert (phone.text, phone.get("href")) == ("02 40 00 00 00", "tel:0240000000")
    assert {a.get("href") for a in footer.cssselect(".social-footer a")} == {
        "https://www.linkedin.com/company/pole-patrimoine-example",
        "https://www.facebook.com/polepatrimoine.example",
    }


def test_the_accessibility_statement_points_to_an_address_that_is_there(functional):
    _response, tree = fetch(f"{functional['portal'].absolute_url()}/accessibilite")
    (content,) = tree.cssselect("#content-core")
    assert "l'adresse indiquée en bas de chaque page" in " ".join(
        content.text_content().split()
    )
    assert tree.cssselect("#portal-footer-wrapper a.pp-footer-email")


def test_rest_gives_the_demo_values(functional, clients):
    claire = clients["claire"]
    identity_panel = claire.get("@controlpanels/network-identity").json()["data"]
    assert identity_panel["email"] == "contact@example.org"
    assert identity_panel["phone"] == "02 40 00 00 00"
    social = claire.get("@controlpanels/social-networks").json()["data"]
    assert social["linkedin_url"].endswith("pole-patrimoine-example")
    assert social["facebook_url"].endswith("polepatrimoine.example")


def test_demo_keeps_what_a_coordinator_set(functional):
    portal = functional["portal"]
    api.portal.set_registry_record("polepatrimoine.identity.phone", "02 41 11 11 11")
    api.portal.get_tool("portal_registry")["polepatrimoine.social.facebook_url"] = None
    identity.create(portal)
    transaction.commit()
    assert (
        api.portal.get_registry_record("polepatrimoine.identity.phone")
        == "02 41 11 11 11"
    )
    # What was emptied is the demo's again: the step fills what is missing.
    assert (
        api.portal.get_registry_record("polepatrimoine.social.facebook_url")
        == (identity.RECORDS["polepatrimoine.social.facebook_url"])
    )
