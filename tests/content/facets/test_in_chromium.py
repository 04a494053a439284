"""In Chromium: the faceted listings apply a filter as soon as it changes (no
reload, the address follows, the count is announced), fold their filters behind
« Filtres » at 390 px and keep them beside the results at 1280 px; without
JavaScript the results come before the filters; the map is operable with the keyboard."""

from plone import api
from tests.fixtures.browser import LOCAL_HOSTS
from tests.fixtures.browser import new_context
from urllib.parse import urlsplit

import pytest
import transaction


WIDE = {"width": 1280, "height": 900}
NARROW = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def context(chromium):
    context = new_context(chromium)
    yield context
    context.close()


@pytest.fixture
def tab(context, listed):
    portal = listed["portal"]
    # The tiles come from this server: tests never reach the internet.
    api.portal.set_registry_record(
        "polepatrimoine.map.tile_url",
        portal.absolute_url()
        + "/++plone++polepatrimoine.content/leaflet/images/layers.png?{z}/{x}/{y}",
    )
    transaction.commit()
    page = context.new_page()
    page.set_default_timeout(20000)
    yield page
    page.close()


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def markers(page) -> int:
    page.wait_for_selector("#actors-map.actors-map-loaded")
    return int(page.locator("#actors-map").get_attribute("data-markers"))


def remember_the_page(page):
    """A mark that a reload would wipe out, and the count's element itself."""
    page.evaluate(
        "window.__unchanged = true;"
        "window.__summary = document.querySelector('[data-facets-live]');"
    )


def same_page(page) -> bool:
    return page.evaluate(
        "window.__unchanged === true &&"
        " window.__summary === document.querySelector('[data-facets-live]')"
    )


def test_wide_screen_ticking_and_typing_apply_at_once(tab, portal_url):
    tab.set_viewport_size(WIDE)
    tab.goto(f"{portal_url}/acteurs?SearchableText=Quilbrac")
    assert markers(tab) == 4
    # The filters beside the results, no « Filtres » button.
    assert not tab.locator("#actors-filters .facets-toggle").is_visible()
    assert tab.locator("#facet-department").is_visible()
    form, results = box(tab, "#actors-filters"), box(tab, ".facets-results")
    assert form["x"] + form["width"] <= results["x"]
    assert form["y"] < results["y"] + results["height"]
    remember_the_page(tab)

    tab.check("#department-44")
    tab.wait_for_function(
        "document.getElementById('actors-total').textContent.trim() === '3 acteurs'"
    )
    assert "department=44" in tab.url
    assert "SearchableText=Quilbrac" in tab.url
    assert same_page(tab)
    assert tab.evaluate("document.activeElement.id") == "department-44"
    items = tab.locator("#actors-list .actor-item")
    assert items.count() == 3
    assert all("(44)" in text for text in items.all_inner_texts())
    tab.wait_for_function(
        "document.getElementById('actors-map').dataset.markers === '3'"
    )
    assert tab.locator("label[for=department-49] .facet-count").inner_text() == "1"

    # Typing waits for a pause, then applies; the caret stays in the field.
    field = tab.locator("#actors-searchabletext")
    field.click()
    field.press("End")
    field.press_sequentially(" Vernolet", delay=30)
    tab.wait_for_function(
        "document.getElementById('actors-total').textContent.trim() === '0 acteur'"
    )
    assert "SearchableText=Quilbrac+Vernolet" in tab.url
    assert tab.evaluate("document.activeElement.id") == "actors-searchabletext"
    assert field.input_value() == "Quilbrac Vernolet"
    assert same_page(tab)

    # The shared address gives the same page.
    shared = tab.url
    tab.goto(shared)
    assert tab.locator("#actors-total").inner_text() == "0 acteur"
    assert tab.locator("#department-44").is_checked()

    # A search the catalog cannot parse: the French error is announced, what
    # was typed stays.
    field = tab.locator("#actors-searchabletext")
    field.click()
    field.press("End")
    field.press_sequentially(" (", delay=30)
    alert = tab.locator("#actors-messages [role=alert]")
    alert.wait_for()
    assert "Le texte recherché n'est pas compris" in alert.inner_text()
    assert field.input_value() == "Quilbrac Vernolet ("
    assert tab.evaluate("document.activeElement.id") == "actors-searchabletext"


def test_narrow_screen_folds_the_filters(tab, portal_url):
    tab.set_viewport_size(NARROW)
    tab.goto(f"{portal_url}/acteurs?SearchableText=Quilbrac")
    markers(tab)
    toggle = tab.locator("#actors-filters .facets-toggle")
    assert toggle.is_visible()
    # Its accessible name is the word alone, without the arrow drawn after it.
    assert tab.get_by_role("button", name="Filtres", exact=True).is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not tab.locator("#facet-department").is_visible()
    # Count, map and list come first: the count right under the button, the
    # map and the first actor within the first screens, not after the filters.
    count, button = box(tab, "#actors-total"), box(tab, ".facets-toggle")
    assert 0 < count["y"] - button["y"] < 150
    assert box(tab, "#actors-map")["y"] < count["y"] + 200
    assert box(tab, "#actors-list .actor-item")["y"] < count["y"] + 800

    remember_the_page(tab)
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert tab.locator("#facet-department").is_visible()
    tab.check("#department-49")
    tab.wait_for_function(
        "document.getElementById('actors-total').textContent.trim() === '1 acteur'"
    )
    assert "department=49" in tab.url
    assert same_page(tab)
    # The filters stay open while the user picks, and fold again on demand.
    assert tab.locator("#facet-department").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not tab.locator("#facet-department").is_visible()


def test_narrow_screen_without_javascript_lists_before_the_filters(
    chromium, listed, portal_url
):
    context = chromium.new_context(
        locale="fr-FR", java_script_enabled=False, viewport=NARROW
    )
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if (urlsplit(route.request.url).hostname or "") in LOCAL_HOSTS
            else route.abort()
        ),
    )
    try:
        page = context.new_page()
        page.goto(f"{portal_url}/acteurs?SearchableText=Quilbrac")
        assert not page.locator(".facets-toggle").is_visible()
        filters = box(page, "#facet-department")
        assert box(page, "#actors-total")["y"] < filters["y"]
        assert box(page, "#actors-list .actor-item")["y"] < filters["y"]
        # The button submits the form.
        page.check("#department-49")
        page.click("#actors-filters button[type=submit]")
        page.wait_for_url("**department=49**")
        assert page.locator("#actors-total").inner_text() == "1 acteur"
    finally:
        context.close()


def test_keyboard_reaches_a_marker_and_opens_its_popup(tab, portal_url):
    tab.set_viewport_size(WIDE)
    tab.goto(f"{portal_url}/acteurs?SearchableText=Vernolet")
    assert markers(tab) == 1
    tab.focus("#actors-map")
    tab.keyboard.press("Tab")
    focused = tab.evaluate(
        "[document.activeElement.classList.contains('leaflet-marker-icon'),"
        " document.activeElement.getAttribute('role'), document.activeElement.title]"
    )
    assert focused == [True, "button", "Musée Vernolet de Quilbrac"]
    tab.keyboard.press("Enter")
    popup = tab.locator(".actor-popup")
    popup.wait_for()
    assert tab.evaluate("document.activeElement.textContent") == (
        "Musée Vernolet de Quilbrac"
    )
    close = tab.locator(".leaflet-popup-close-button")
    assert close.get_attribute("aria-label") == "Fermer la fenêtre"
    tab.keyboard.press("Escape")
    popup.wait_for(state="detached")
    assert tab.evaluate(
        "document.activeElement.classList.contains('leaflet-marker-icon')"
    )
    # On to the French zoom controls, then out of the map: no trap.
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Zoom avant"
    )
    for _press in range(8):
        tab.keyboard.press("Tab")
        if not tab.evaluate(
            "document.getElementById('actors-map').contains(document.activeElement)"
        ):
            break
    else:
        pytest.fail("Tab never leaves the map")
    # The link before the map leads to the list, its text equivalent.
    tab.click(".facets-map-skip")
    assert tab.evaluate("document.activeElement.id") == "actors-results"


def test_news_links_and_projects_apply_without_reload(tab, listed, portal_url):
    tab.set_viewport_size(WIDE)
    tab.goto(listed["news"].absolute_url() + "/@@news")
    assert tab.locator("#news-summary").inner_text() == "3 actualités"
    remember_the_page(tab)
    tab.click("#news-news_scope-regional")
    tab.wait_for_function(
        "document.getElementById('news-summary').textContent.trim() === '1 actualité'"
    )
    assert "news_scope=regional" in tab.url
    assert same_page(tab)
    assert tab.evaluate("document.activeElement.id") == "news-news_scope-regional"
    assert tab.locator("#news-news_scope-regional").get_attribute("aria-current") == (
        "true"
    )

    tab.goto(f"{portal_url}/projets?SearchableText=Quilbrac")
    assert markers(tab) == 2
    remember_the_page(tab)
    tab.check("#departments-49")
    tab.wait_for_function(
        "document.getElementById('projects-total').textContent.trim() === '1 projet'"
    )
    assert "departments=49" in tab.url
    assert same_page(tab)
    tab.wait_for_function(
        "document.getElementById('actors-map').dataset.markers === '1'"
    )
