"""A visitor browses the French site in Chromium."""


def test_visitor_reaches_the_trajet_page(functional, browser_page):
    portal_url = functional["portal"].absolute_url()
    page = browser_page
    page.goto(portal_url)
    assert page.locator("html").get_attribute("lang") == "fr"
    page.locator("#portal-globalnav").get_by_role("link", name="Accompagnement").click()
    page.get_by_role("link", name="TRAJET").first.click()
    page.wait_for_url(f"{portal_url}/accompagnement/trajet")
    assert page.locator("h1").inner_text() == "TRAJET"
    assert "incubation" in page.locator("#content-core").inner_text()
