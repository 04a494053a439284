"""The dashboard in Chromium: charts drawn, tables present, a filter, the print
view, and no request outside the site."""

from urllib.parse import urlsplit

import transaction


def test_dashboard(functional, browser_page):
    transaction.commit()
    portal_url = functional["portal"].absolute_url()
    page = browser_page
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(f"{portal_url}/observatoire")

    charts = page.locator("svg.observatory-chart")
    tables = page.locator("table.observatory-table")
    assert charts.count() >= 13
    assert tables.count() == charts.count()
    # Drawn: the actors' bars have a size on screen.
    bars = page.locator("#chart-actors_by_category rect.bar")
    assert bars.count() >= 2
    box = bars.first.bounding_box()
    assert box["width"] > 0
    assert box["height"] > 0
    # Each chart is named for screen readers, and summed up in a sentence.
    assert page.locator("#chart-actors_by_category title").text_content() == (
        "Acteurs par catégorie"
    )
    summary = page.locator("#figure-actors_by_category .observatory-summary")
    assert summary.text_content().startswith("En tête")
    assert page.locator("#figure-actors_by_category caption").is_visible()

    page.select_option("#observatory-department", "49")
    page.click(".observatory-filters button[type=submit]")
    page.wait_for_load_state()
    assert "department=49" in page.url
    assert page.locator("#observatory-department").input_value() == "49"
    assert page.locator("svg.observatory-chart").count() >= 13

    page.emulate_media(media="print")
    assert not page.locator(".observatory-filters").is_visible()
    assert page.locator("#chart-actors_by_category").is_visible()

    hosts = {urlsplit(url).hostname for url in requests if not url.startswith("data:")}
    assert hosts <= {"localhost", "127.0.0.1"}, hosts
    assert page.context.external == []
