"""In Chromium: a coordinator adds an issue, composes it, previews it and sends it."""

from polepatrimoine.content.newsletter.issues.sending import send_queued
from tests.fixtures.browser import login
from tests.fixtures.newsletter import add_subscriber
from tests.fixtures.newsletter import clear_subscribers
from tests.fixtures.users import PASSWORD

import transaction


def test_a_coordinator_composes_previews_and_sends(
    functional, members, news_world, smtp, browser_page, portal_url
):
    portal = functional["portal"]
    clear_subscribers(portal)
    add_subscriber("abonnee@example.org", portal=portal)
    transaction.commit()
    page = browser_page
    login(page, portal_url, "claire@example.org", PASSWORD)
    page.goto(f"{portal_url}/lettre/++add++NewsletterIssue")
    page.fill("#form-widgets-IDublinCore-title", "Lettre de Noël")
    page.click("#form-buttons-save")
    page.wait_for_load_state()
    issue_url = page.url.split("?")[0].rstrip("/").removesuffix("/view")
    assert issue_url.startswith(f"{portal_url}/lettre/")
    page.click("button[name=compose]")
    page.wait_for_load_state()
    assert page.locator(".portalMessage").first.inner_text()
    entry = page.locator(".newsletter-entry a", has_text=news_world["news"].Title())
    assert entry.count() == 1

    with page.context.expect_page() as preview_info:
        page.click("text=Aperçu du courriel")
    preview = preview_info.value
    preview.wait_for_load_state()
    assert preview.locator("h2").first.get_attribute("style")
    assert preview.locator("a", has_text="Se désinscrire").count() == 1
    preview.close()

    page.click("button[name=send]")
    page.wait_for_load_state()
    assert "En file d'attente" in page.locator("#newsletter-manage").inner_text()
    assert smtp.messages == []

    transaction.begin()
    send_queued(pause=0)
    (message,) = smtp.wait(1)
    assert message["X-Envelope-To"] == "abonnee@example.org"
    assert message["Subject"] == "Lettre de Noël"
    page.reload()
    assert page.locator(".count-sent").inner_text() == "1"
    assert page.locator(".count-left").inner_text() == "0"
    page.goto(f"{portal_url}/lettre")
    assert page.locator(f"a[href='{issue_url}']").count() == 1
