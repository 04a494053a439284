"""WCAG 1.4.10 Reflow: at 390 px, a logged-in user's pages do not scroll sideways."""

from tests.accessibility import pages
from tests.fixtures.browser import login
from tests.fixtures.browser import new_context

import transaction


WIDTH = 390

# The elements that reach past the viewport's right edge, widest first: what
# to fix when the page overflows. Fixed elements (the closed off-canvas menu
# waits off screen) scroll nothing.
OVERFLOWING = """width => [...document.querySelectorAll('body *')]
    .filter(e => ![...document.querySelectorAll('body *')].some(
        f => getComputedStyle(f).position === 'fixed' && f.contains(e)))
    .map(e => [e, e.getBoundingClientRect()])
    .filter(([e, r]) => r.right > width + 0.5 && r.width > 0)
    .sort((a, b) => b[1].right - a[1].right).slice(0, 8)
    .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`
        + `${[...e.classList].slice(0, 3).map(c => '.' + c).join('')}`
        + ` ${Math.round(r.left)}→${Math.round(r.right)}`)"""


def overflow(page, portal_url, visits) -> list[str]:
    found = []
    for label, relative in visits:
        page.goto(f"{portal_url}/{relative}".rstrip("/"), wait_until="networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            widest = ", ".join(page.evaluate(OVERFLOWING, WIDTH))
            found.append(f"{label} ({relative or '/'}): {width} px; {widest}")
    return found


PAGES = [
    ("home", ""),
    ("directory", "acteurs"),
    ("working group", pages.GROUP),
    ("group space", f"{pages.GROUP}/@@space"),
    ("my working groups", "@@my-working-groups"),
]


def test_no_horizontal_scroll_at_390(functional, members, chromium):
    portal = functional["portal"]
    call = pages.path(portal, portal_type="Call", sort_on="created")
    # The applicant's form holds the related-items picker of the « actor » field.
    visits = [*PAGES, ("call application form", f"{call}/++add++Application")]
    transaction.commit()
    context = new_context(chromium)
    page = context.new_page()
    page.set_default_timeout(30000)
    page.set_viewport_size({"width": WIDTH, "height": 844})
    try:
        login(page, portal.absolute_url(), pages.MEMBER, pages.DEMO_PASSWORD)
        found = overflow(page, portal.absolute_url(), visits)
    finally:
        context.close()
    assert found == [], "\n".join(found)
