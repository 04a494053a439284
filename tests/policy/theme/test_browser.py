"""The theme in Chromium, whatever the host name: 127.0.0.1 (where make start
listens), localhost and any other name all get the wordmark, the theme's
stylesheet and colours, the footer; never Plone's logo."""

from tests.fixtures.browser import new_context
from tests.policy.theme.helpers import fetch
from urllib.parse import urlsplit

import pytest


WORDMARK = "Pôle Patrimoine — accueil"
PRIMARY = "rgb(29, 90, 115)"


@pytest.fixture(scope="module")
def page(chromium):
    """One browser context for the module: the pages are only read."""
    context = new_context(chromium)
    page = context.new_page()
    page.set_default_timeout(20000)
    yield page
    context.close()


def on_host(url, host):
    parts = urlsplit(url)
    return parts._replace(netloc=f"{host}:{parts.port}").geturl()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_home_page_is_themed(functional, page, host):
    portal_url = on_host(functional["portal"].absolute_url(), host)
    page.goto(portal_url)
    logo = page.get_by_role("link", name=WORDMARK)
    assert logo.get_attribute("href") == portal_url
    assert "/++theme++polepatrimoine/images/wordmark.svg" in logo.locator(
        "img"
    ).get_attribute("src")
    assert page.locator("img[src*='plone-logo']").count() == 0
    assert (
        page.locator(
            "link[href*='++theme++polepatrimoine/css/polepatrimoine.css']"
        ).count()
        == 1
    )
    # The stylesheet is applied: the navigation bar in the network's blue.
    background = page.locator("#portal-globalnav-wrapper").evaluate(
        "node => getComputedStyle(node).backgroundColor"
    )
    assert background == PRIMARY
    assert page.locator("link[rel='icon'][href$='favicon.svg']").count() == 1
    footer = page.locator("#portal-footer-wrapper")
    assert footer.get_by_role("heading", name="Pôle Patrimoine").is_visible()
    assert footer.get_by_text(
        "Avec le soutien de la Région Pays de la Loire"
    ).is_visible()
    assert footer.get_by_role("link", name="Mentions légales").is_visible()
    footer.get_by_role("link", name="Accessibilité : partiellement conforme").click()
    page.wait_for_url(f"{portal_url}/accessibilite")
    assert page.locator("h1").inner_text() == "Déclaration d'accessibilité"


def test_any_host_name_is_themed(functional):
    """A name of a reverse proxy, given in the Host header."""
    portal_url = functional["portal"].absolute_url()
    response, tree = fetch(portal_url, headers={"Host": "patrimoine.example.org"})
    assert response.status_code == 200
    logo = tree.cssselect("#portal-logo img")[0]
    assert logo.get("alt") == WORDMARK
    assert logo.get("src").startswith("http://patrimoine.example.org")
    assert tree.cssselect(
        "link[href*='++theme++polepatrimoine/css/polepatrimoine.css']"
    )
    assert tree.cssselect("#portal-footer .pp-footer-newsletter")
    assert "plone-logo" not in response.text
    # The phone menu of the theme's page is named, in French.
    assert tree.cssselect("#offcanvasNavbarLabel")[0].text == "Menu principal"
    assert (
        tree.cssselect("#offcanvasNavbar .btn-close")[0].get("aria-label") == "Fermer"
    )
