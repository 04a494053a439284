"""A shared page in Chromium: no request leaves the site, "Copier le lien" copies."""

from tests.content.news.helpers import make_news
from tests.content.sharing.helpers import png

import transaction


def test_news_page_requests_nothing_outside_and_copies_its_link(
    functional, browser_page
):
    item = make_news(
        functional["portal"], "a-partager", title="À partager", image=png()
    )
    transaction.commit()
    page = browser_page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(item.absolute_url())
    page.wait_for_load_state("networkidle")
    assert page.context.external == []
    assert (
        page.locator(".share-links a.share-linkedin")
        .get_attribute("href")
        .startswith("https://www.linkedin.com/")
    )
    field = page.locator(".share-links input.share-url")
    button = page.get_by_role("button", name="Copier le lien")
    assert field.is_hidden()
    button.click()
    page.get_by_role("button", name="Lien copié").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == item.absolute_url()
    page.wait_for_load_state("networkidle")
    assert page.context.external == []


def test_without_javascript_the_address_is_shown(functional, chromium):
    from tests.fixtures.browser import LOCAL_HOSTS

    item = make_news(functional["portal"], "sans-script", title="Sans script")
    transaction.commit()
    context = chromium.new_context(locale="fr-FR", java_script_enabled=False)
    outside = []
    context.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not any(host in request.url.split("/")[2] for host in LOCAL_HOSTS)
            else None
        ),
    )
    try:
        page = context.new_page()
        page.goto(item.absolute_url())
        field = page.locator(".share-links input.share-url")
        assert field.is_visible()
        assert field.input_value() == item.absolute_url()
        assert page.get_by_role("button", name="Copier le lien").is_hidden()
        assert outside == []
    finally:
        context.close()
