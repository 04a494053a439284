"""The footer of every page: the network's address and contact, its supporters,
the newsletter, the legal links and a small « Propulsé par Plone »; Plone's own
copyright notice is gone. Its address and contact are the « Identité du réseau »
settings, which coordinators change in a control panel or over REST."""

from plone import api
from tests.policy.theme.helpers import fetch
from tests.policy.theme.helpers import texts

import pytest
import transaction


PREFIX = "polepatrimoine.identity"


def lines(node) -> list:
    return [text.strip() for text in node.itertext() if text.strip()]


@pytest.mark.parametrize("path", ["", "acteurs", "mentions-legales"])
def test_footer_parts_on_every_page(functional, path):
    response, tree = fetch(f"{functional['portal'].absolute_url()}/{path}")
    assert response.status_code == 200
    footer = tree.cssselect("#portal-footer-wrapper")[0]
    text = " ".join(footer.text_content().split())
    # The second column: the demo's pages on social networks (content/sharing).
    assert texts(footer, ".doormat .headline") == ["Pôle Patrimoine", "Suivez-nous"]
    assert lines(footer.cssselect("address")[0]) == ["Pays de la Loire"]
    assert "Avec le soutien de la Région Pays de la Loire et de l'État (DRAC)" in text
    assert texts(footer, ".pp-footer-contact-form") == ["Écrire au réseau"]
    links = {
        " ".join(a.text_content().split()): a.get("href")
        for a in footer.cssselect(".site-actions a")
    }
    portal_url = functional["portal"].absolute_url()
    assert links["Mentions légales"] == f"{portal_url}/mentions-legales"
    assert (
        links["Accessibilité : partiellement conforme"] == f"{portal_url}/accessibilite"
    )
    assert links["Données personnelles"] == f"{portal_url}/@@personal-data-policy"
    # The newsletter's form stays in the footer, not after it.
    assert footer.cssselect(".pp-footer-newsletter #newsletter-footer-form")
    assert response.text.count('id="newsletter-footer-form"') == 1
    assert texts(footer, ".colophon small") == ["Propulsé par Plone"]
    # Plone's copyright notice and colophon portlets are replaced, not stacked.
    assert "Fondation Plone" not in response.text
    assert "Powered by" not in response.text
    assert not tree.cssselect("#portal-footer-signature")


def test_settings_show_in_the_footer(functional):
    api.portal.set_registry_record(
        f"{PREFIX}.address", "12 rue de la Loire\n\n44000 Nantes"
    )
    api.portal.set_registry_record(f"{PREFIX}.email", "contact@example.org")
    api.portal.set_registry_record(f"{PREFIX}.phone", "02 40 12 34 56")
    transaction.commit()
    _response, tree = fetch(functional["portal"].absolute_url())
    footer = tree.cssselect("#portal-footer-wrapper")[0]
    assert lines(footer.cssselect("address")[0]) == [
        "12 rue de la Loire",
        "44000 Nantes",
    ]
    email = footer.cssselect("a.pp-footer-email")[0]
    assert (email.text, email.get("href")) == (
        "contact@example.org",
        "mailto:contact@example.org",
    )
    phone = footer.cssselect("a.pp-footer-phone")[0]
    assert (phone.text, phone.get("href")) == ("02 40 12 34 56", "tel:0240123456")


def test_coordinator_changes_the_address_over_rest(functional, clients):
    response = clients["claire"].patch(
        "@controlpanels/network-identity",
        json={"email": "bonjour@example.org", "phone": "+33 2 40 12 34 56"},
    )
    assert response.status_code == 204, response.text
    answer = clients["anonymous"].get("", headers={"Accept": "text/html"})
    assert 'href="mailto:bonjour@example.org"' in answer.text
    assert 'href="tel:+33240123456"' in answer.text


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "pas-une-adresse", "Saisissez une adresse électronique"),
        ("phone", "123", "Saisissez un numéro de téléphone français"),
    ],
)
def test_bad_value_is_refused_in_french(functional, clients, field, value, message):
    before = api.portal.get_registry_record(f"{PREFIX}.{field}")
    response = clients["claire"].patch(
        "@controlpanels/network-identity", json={field: value}
    )
    assert response.status_code == 400
    assert field in response.text
    assert message in response.json()["message"]
    # Nothing written: the footer keeps the demo's contact.
    transaction.begin()
    assert api.portal.get_registry_record(f"{PREFIX}.{field}") == before


def test_control_panel_form_in_french(functional, clients):
    response, tree = fetch(
        functional["portal"].absolute_url() + "/@@identity-settings",
        login="claire@example.org",
    )
    assert response.status_code == 200
    assert texts(tree, "h1") == ["Identité du réseau"]
    assert "Adresse postale" in response.text
    assert tree.cssselect('textarea[name="form.widgets.address"]')
