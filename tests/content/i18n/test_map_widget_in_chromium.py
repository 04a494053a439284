"""The actor form's map widget: Leaflet's controls in French, in the browser."""

from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD

import pytest


ENGLISH = (
    "Zoom in",
    "Zoom out",
    "Full Screen",
    "Show me where I am",
    "Clear search",
    "Enter address",
    "A JavaScript library for interactive maps",
)


@pytest.fixture
def form(functional, members, portal_url, browser_page):
    import transaction

    transaction.commit()
    login(browser_page, portal_url, "alice@example.org", PASSWORD)
    browser_page.goto(f"{portal_url}/acteurs/++add++Actor")
    browser_page.wait_for_selector(".geolocation_wrapper .leaflet-control-zoom-in")
    return browser_page


def texts(page) -> list:
    return page.eval_on_selector_all(
        ".geolocation_wrapper [title], .geolocation_wrapper [placeholder],"
        " .geolocation_wrapper [aria-label]",
        """elements => elements.flatMap(e => ["title", "placeholder", "aria-label"]
              .map(name => e.getAttribute(name)).filter(Boolean))""",
    )


def test_the_map_controls_speak_french(form):
    zoom_in = form.locator(".geolocation_wrapper .leaflet-control-zoom-in")
    form.wait_for_function(
        "document.querySelector('.geolocation_wrapper .leaflet-control-zoom-in')"
        ".title !== 'Zoom in'"
    )
    assert zoom_in.get_attribute("title") == "Zoom avant"
    shown = texts(form)
    assert {
        "Zoom arrière",
        "Plein écran",
        "Me localiser",
        "Effacer la recherche",
        "Une bibliothèque JavaScript de cartes interactives",
    } <= set(shown)
    assert [text for text in shown if text in ENGLISH] == []
    search = form.locator(".geolocation_wrapper input.glass")
    assert search.get_attribute("placeholder") == "Saisissez une adresse"
