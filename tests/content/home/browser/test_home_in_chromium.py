"""The home page in Chromium: the blocks in their order with what was just made,
the map drawn, one column on a phone and a grid on a desktop, an emptied block
hidden, a coordinator's settings changing the page, « Rejoindre » through the login."""

from plone import api
from polepatrimoine.content.home.settings import BLOCKS
from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD

import transaction


def blocks_on(page) -> list[str]:
    return page.locator("section.home-block").evaluate_all(
        "sections => sections.map(s => s.dataset.block)"
    )


def local_tiles(portal_url):
    # The tiles come from this server: tests never reach the internet.
    api.portal.set_registry_record(
        "polepatrimoine.map.tile_url",
        portal_url
        + "/++plone++polepatrimoine.content/leaflet/images/layers.png?{z}/{x}/{y}",
    )


def test_home_page_blocks_layout_and_settings(home_world, new_page):
    portal_url = home_world["portal"].absolute_url()
    local_tiles(portal_url)
    transaction.commit()
    mapped = len(
        [
            b
            for b in api.content.find(portal_type="Actor", review_state="published")
            if b.latitude and b.longitude
        ]
    )

    visitor = new_page()
    visitor.set_viewport_size({"width": 1280, "height": 900})
    visitor.goto(portal_url)
    assert blocks_on(visitor) == list(BLOCKS)
    assert visitor.locator("h1").count() == 1
    assert visitor.locator("#home-news").get_by_text("Nouvelle du jour").is_visible()
    event = visitor.locator("#home-events li", has_text="Rencontre de demain")
    assert "à 14 h 00" in event.locator("time").text_content()
    assert visitor.locator("#home-youth").get_by_text("Stage de l'accueil").is_visible()
    visitor.wait_for_selector("#actors-map.actors-map-loaded")
    assert int(visitor.locator("#actors-map").get_attribute("data-markers")) == mapped
    assert visitor.locator("#home-map a.home-directory-link").is_visible()
    # The newsletter block is the footer's form: shown once.
    assert visitor.locator("#newsletter-home-email").is_visible()
    assert not visitor.locator("#newsletter-footer-email").is_visible()
    # A grid on a desktop: news and events side by side.
    news = visitor.locator("#home-news").bounding_box()
    events = visitor.locator("#home-events").bounding_box()
    assert news["y"] == events["y"]
    assert news["x"] < events["x"]

    # One column on a phone, nothing wider than the screen.
    visitor.set_viewport_size({"width": 390, "height": 844})
    boxes = [
        visitor.locator(f"#home-{block}").bounding_box() for block in ("news", "events")
    ]
    assert boxes[0]["x"] == boxes[1]["x"]
    assert boxes[0]["y"] < boxes[1]["y"]
    assert all(box["x"] + box["width"] <= 390 for box in boxes)
    assert visitor.evaluate("document.documentElement.scrollWidth") <= 390
    assert visitor.context.external == []

    # An emptied block goes away.
    with api.env.adopt_roles(["Manager"]):
        for brain in api.content.find(portal_type="Call", review_state="open"):
            api.content.transition(obj=brain.getObject(), transition="close")
    transaction.commit()
    visitor.reload()
    assert "calls" not in blocks_on(visitor)
    assert visitor.locator("#home-calls").count() == 0

    # A coordinator reorders the blocks in the control panel.
    coordinator = new_page()
    login(coordinator, portal_url, "claire@example.org", PASSWORD)
    coordinator.goto(f"{portal_url}/@@home-settings")
    coordinator.fill("#form-widgets-blocks", "youth\nnews\ngroups")
    coordinator.fill("#form-widgets-items", "1")
    coordinator.click("#form-buttons-save")
    coordinator.wait_for_load_state()
    assert coordinator.locator(".portalMessage").first.is_visible()
    coordinator.goto(portal_url)
    assert blocks_on(coordinator) == ["youth", "news", "groups"]
    visitor.reload()
    assert blocks_on(visitor) == ["youth", "news", "groups"]
    assert visitor.locator("#home-news li").count() == 1
    # Without the block, the footer's form is back.
    assert visitor.locator("#newsletter-footer-email").is_visible()

    # « Rejoindre » takes a visitor through the login to the join request.
    join = visitor.locator("#home-groups a.home-join").first
    group_url = visitor.locator("#home-groups li > a").first.get_attribute("href")
    join.click()
    visitor.wait_for_load_state()
    visitor.fill("#__ac_name", "alice@example.org")
    visitor.fill("#__ac_password", PASSWORD)
    visitor.locator(
        "#login-form button[type=submit], #login-form input[type=submit]"
    ).first.click()
    visitor.wait_for_load_state()
    assert visitor.url == f"{group_url}/@@join"
