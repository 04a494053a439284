"""axe-core (WCAG 2.1 A and AA) on every page type of the suite, per persona, at 1280 and 390 px:
no violation of impact serious or critical."""

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from tests.accessibility import pages
from tests.accessibility.axe import audit
from tests.accessibility.axe import report
from tests.fixtures.browser import login
from tests.fixtures.browser import new_context

import pytest
import time


# A map widget draws its marker after the load event.
MAPS_DRAWN = """() => [...document.querySelectorAll('.pat-leaflet[data-geojson]')].every(
    map => map.querySelector('.leaflet-marker-pane > *'))"""


def shown(page, selector) -> bool:
    try:
        page.locator(selector).first.wait_for(state="attached", timeout=10000)
    except PlaywrightTimeoutError:
        return False
    return True


def settle(page):
    page.wait_for_function(MAPS_DRAWN, timeout=10000)


@pytest.mark.parametrize(
    "persona", ["anonymous", "member", "group coordinator", "site coordinator"]
)
def test_no_serious_violation(functional, members, chromium, persona):
    portal = functional["portal"]
    portal_url = portal.absolute_url()
    login_name, password, visits = pages.personas(portal)[persona]
    context = new_context(chromium)
    page = context.new_page()
    page.set_default_timeout(30000)
    started = time.monotonic()
    try:
        if login_name:
            login(page, portal_url, login_name, password)
        violations, errors = [], []
        for label, relative, *expected in visits:
            url = f"{portal_url}/{relative}".rstrip("/")
            response = page.goto(url, wait_until="load")
            if response is None or response.status != 200:
                errors.append(f"{label}: {url} answered {response and response.status}")
                continue
            if "/login" in page.url and label != "login":
                errors.append(f"{label}: {url} led to the login form")
                continue
            # Patterns draw some of it after the load event (TinyMCE's iframe,
            # folder contents' table).
            if expected and not shown(page, expected[0]):
                errors.append(f"{label}: {url} has no {expected[0]}")
            settle(page)
            violations += audit(page, f"{label} ({relative or '/'})", persona)
    finally:
        context.close()
    print(f"{persona}: {len(visits)} pages in {time.monotonic() - started:.1f} s")
    assert errors == []
    assert violations == [], report(violations)
