"""In Chromium: the names the accessibility script gives to what Plone's widgets leave unnamed."""

from plone import api
from tests.accessibility.pages import DEMO_PASSWORD
from tests.accessibility.pages import GROUP
from tests.accessibility.pages import MEMBER
from tests.fixtures.browser import login

import transaction


def test_rich_text_and_related_items_named_in_french(functional, members, new_page):
    transaction.commit()
    portal_url = functional["portal"].absolute_url()
    call = api.content.find(portal_type="Call", sort_on="created")[0].getURL()
    page = new_page()
    login(page, portal_url, MEMBER, DEMO_PASSWORD)

    page.goto(f"{portal_url}/{GROUP}/++add++Document")
    frame = page.locator("iframe[id$='_ifr']")
    frame.wait_for(state="attached")
    select = page.locator("#form-widgets-IRichTextBehavior-text_text_format")
    assert select.get_attribute("aria-label") == "Format du texte : Texte"
    assert frame.get_attribute("title") == "Éditeur de texte : Texte"

    page.goto(f"{call}/++add++Application")
    home = page.locator('.pat-relateditems-container a.crumb[href="/"]')
    home.wait_for(state="attached")
    assert home.get_attribute("aria-label") == "Racine du site"
