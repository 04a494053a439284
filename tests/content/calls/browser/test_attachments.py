"""An SVG attachment is refused in the Classic UI add form, in Chromium."""

from playwright.sync_api import expect
from plone import api
from tests.fixtures.browser import login
from tests.fixtures.calls import login_name
from tests.fixtures.users import PASSWORD

import transaction


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>\n"
)


def test_svg_attachment_refused_in_the_add_form(world, new_page):
    portal_url = world.portal.absolute_url()
    page = new_page()
    login(page, portal_url, login_name("applicant"), PASSWORD)
    page.wait_for_selector("#personaltools-logout", state="attached")
    page.goto(world.call.absolute_url())
    page.get_by_role("link", name="Déposer une candidature").click()
    page.fill("#form-widgets-structure_name", "Atelier des vitraux")
    page.check("#form-widgets-consent-0")
    tabs = page.locator("nav.autotoc-nav")
    tabs.get_by_text("Pièces jointes").click()
    page.set_input_files(
        "#form-widgets-document_presentation-input",
        files=[
            {"name": "presentation.svg", "mimeType": "image/svg+xml", "buffer": SVG}
        ],
    )
    page.click("#form-buttons-save")
    page.wait_for_load_state()

    expect(page.locator(".portalMessage")).to_contain_text("Il y a des erreurs.")
    # The form comes back on its first tab: the applicant opens the attachments.
    tabs.get_by_text("Pièces jointes").click()
    message = (
        "Ce format de fichier n'est pas accepté "
        "(formats acceptés : PDF, ODT, DOCX, PNG, JPEG)."
    )
    field = page.locator("#formfield-form-widgets-document_presentation")
    expect(field.locator(".invalid-feedback")).to_have_text(message)
    expect(field.get_by_text(message)).to_be_visible()
    # The file is the only error: everything else would have been saved.
    expect(page.locator(".invalid-feedback")).to_have_count(1)

    # Sending the form again keeps the refused upload ("Garder le fichier
    # existant"): it is checked again, not let through.
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    tabs.get_by_text("Pièces jointes").click()
    expect(field.get_by_text(message)).to_be_visible()
    assert "++add++Application" in page.url

    transaction.begin()
    assert list(world.call.objectIds()) == []
    found = api.content.find(portal_type="Application", unrestricted=True)
    assert "Atelier des vitraux" not in [brain.Title for brain in found]
