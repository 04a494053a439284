"""The network's social pages: the « Réseaux sociaux » settings and the footer links."""

from plone import api
from tests.content.sharing.helpers import fetch

import pytest
import transaction


LINKEDIN = "polepatrimoine.social.linkedin_url"
FACEBOOK = "polepatrimoine.social.facebook_url"


def test_footer_shows_the_network_pages(functional):
    api.portal.set_registry_record(
        LINKEDIN, "https://www.linkedin.com/company/pole-patrimoine"
    )
    api.portal.set_registry_record(FACEBOOK, "https://www.facebook.com/polepatrimoine")
    transaction.commit()
    _response, tree = fetch(functional["portal"]["actualites"].absolute_url())
    footer = tree.cssselect(".social-footer")[0]
    # A column of the footer, after the network's address (policy/identity).
    headlines = [
        h.text_content() for h in tree.cssselect("#portal-footer .doormat .headline")
    ]
    assert headlines == ["Pôle Patrimoine", "Suivez-nous"]
    assert {a.get("href") for a in footer.cssselect("a")} == {
        "https://www.linkedin.com/company/pole-patrimoine",
        "https://www.facebook.com/polepatrimoine",
    }
    # Inside the footer, once: not also after it.
    assert [a.get("id") for a in footer.iterancestors() if a.get("id")][:2] == [
        "portal-footer",
        "portal-footer-wrapper",
    ]
    assert _response.text.count("social-footer") == 1


def test_no_footer_links_without_settings(functional):
    # The demo site has its example pages: emptied, as on a new site.
    registry = api.portal.get_tool("portal_registry")
    registry[LINKEDIN] = registry[FACEBOOK] = None
    transaction.commit()
    _response, tree = fetch(functional["portal"].absolute_url())
    assert not tree.cssselect(".social-footer")


def test_unsafe_stored_value_is_not_linked(functional):
    # A value written around the field's rule (a script, an old import), in
    # the registry's storage itself; the demo's other page emptied, so that
    # nothing is left to link.
    registry = api.portal.get_tool("portal_registry")
    registry[FACEBOOK] = None
    registry.records._values[LINKEDIN] = "javascript:alert(1)"
    transaction.commit()
    assert registry[LINKEDIN] == "javascript:alert(1)"
    response, tree = fetch(functional["portal"].absolute_url())
    assert not tree.cssselect(".social-footer")
    assert "javascript:alert" not in response.text


def test_coordinator_sets_the_pages_over_rest(functional, clients):
    claire = clients["claire"]
    response = claire.patch(
        "@controlpanels/social-networks",
        json={"linkedin_url": "https://www.linkedin.com/company/pole-patrimoine"},
    )
    assert response.status_code == 204, response.text
    transaction.begin()
    assert (
        api.portal.get_registry_record(LINKEDIN)
        == "https://www.linkedin.com/company/pole-patrimoine"
    )


@pytest.mark.parametrize(
    "value", ["javascript:alert(1)", "linkedin.com/pole", "https://", "ftp://x.fr/a"]
)
def test_bad_address_is_refused(functional, clients, value):
    before = api.portal.get_registry_record(FACEBOOK)
    response = clients["claire"].patch(
        "@controlpanels/social-networks", json={"facebook_url": value}
    )
    assert response.status_code == 400
    assert "facebook_url" in response.text
    transaction.begin()
    assert api.portal.get_registry_record(FACEBOOK) == before


def test_control_panel_form_in_french(functional, clients):
    response, tree = fetch(
        functional["portal"].absolute_url() + "/@@social-settings",
        login="claire@example.org",
    )
    assert response.status_code == 200
    assert "Page LinkedIn du réseau" in response.text
    assert tree.cssselect('input[name="form.widgets.linkedin_url"]')
