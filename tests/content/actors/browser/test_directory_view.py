"""In Chromium: an editor adds an actor with a position through the Classic UI form
and sees its marker on the directory map; then a visitor filters by département,
and the list and the markers follow."""

from plone import api
from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD

import re
import transaction


TITLE = "Atelier <b>Vitrailneuf</b> & fils"


def wait_for_map(page):
    page.wait_for_selector("#actors-map.actors-map-loaded")
    return int(page.locator("#actors-map").get_attribute("data-markers"))


def test_add_actor_then_filter_the_map(functional, members, new_page):
    portal = functional["portal"]
    portal_url = portal.absolute_url()
    # The tiles come from this server: tests never reach the internet.
    api.portal.set_registry_record(
        "polepatrimoine.map.tile_url",
        portal_url
        + "/++plone++polepatrimoine.content/leaflet/images/layers.png?{z}/{x}/{y}",
    )
    transaction.commit()

    editor = new_page()
    login(editor, portal_url, "claire@example.org", PASSWORD)
    editor.goto(f"{portal_url}/acteurs/++add++Actor")
    editor.fill("#form-widgets-IBasic-title", TITLE)
    editor.select_option("#form-widgets-actor_category", "entreprise")
    editor.check("#form-widgets-heritage_domains-0")
    editor.select_option("#form-widgets-department", "72")
    editor.fill("#form-widgets-zip_code", "72000")
    editor.fill("#form-widgets-city", "Le Mans")
    editor.fill(".geolocation_wrapper input.latitude", "48.0061")
    editor.fill(".geolocation_wrapper input.longitude", "0.1996")
    editor.click("#form-buttons-save")
    editor.wait_for_url(re.compile(r".*/acteurs/atelier-b-vitrailneuf-b-fils(/view)?$"))
    assert TITLE in editor.locator("h1").inner_text()

    editor.goto(f"{portal_url}/acteurs?SearchableText=Vitrailneuf")
    assert wait_for_map(editor) == 1
    editor.locator("#actors-map .leaflet-marker-icon").first.click()
    popup = editor.locator(".actor-popup")
    assert popup.locator("a").inner_text() == TITLE
    assert popup.locator("b").count() == 0  # the user's markup stays text
    assert "Entreprise du patrimoine · Le Mans" in popup.inner_text()

    transaction.abort()
    portal._p_jar.sync()
    (brain,) = api.content.find(
        portal_type="Actor", SearchableText="Vitrailneuf", unrestricted=True
    )
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=brain._unrestrictedGetObject(), to_state="published")
    transaction.commit()

    visitor = new_page()
    visitor.goto(f"{portal_url}/acteurs")
    everywhere = wait_for_map(visitor)
    visitor.check("#department-72")
    visitor.click("#actors-filters button[type=submit]")
    visitor.wait_for_url(re.compile(r".*department=72.*"))
    in_72 = wait_for_map(visitor)
    items = visitor.locator("#actors-list .actor-item")
    assert 0 < in_72 < everywhere
    assert items.count() == in_72
    assert all("(72)" in text for text in items.all_inner_texts())
    assert TITLE in visitor.locator("#actors-list").inner_text()
    facet_count = visitor.locator("label[for=department-72] .facet-count").inner_text()
    assert int(facet_count) == in_72
