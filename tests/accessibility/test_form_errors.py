"""In Chromium: after a refused submission, the suite's forms announce their errors to
screen readers: the message is in an element with role="alert", and the faulty control
says it is invalid and points to its message (aria-describedby)."""

from plone import api
from tests.accessibility.pages import DEMO_PASSWORD
from tests.accessibility.pages import MEMBER
from tests.accessibility.pages import OTHER_GROUP
from tests.fixtures.browser import login

import pytest
import transaction


# What a screen reader is told: the texts of the alerts, and each invalid
# control with the texts it is described by.
ANNOUNCED = r"""() => ({
    alerts: [...document.querySelectorAll('[role="alert"]')]
        .map(e => e.innerText.trim()).filter(Boolean),
    invalid: Object.fromEntries([...document.querySelectorAll('[aria-invalid="true"]')]
        .map(c => [c.name, (c.getAttribute('aria-describedby') || '').split(/\s+/)
            .map(id => document.getElementById(id)).filter(Boolean)
            .map(e => e.innerText.trim()).join(' ')])),
    focused: document.activeElement && document.activeElement.getAttribute('role'),
})"""


def submit(page, button):
    """Submit as the server would see a browser without form validation."""
    page.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)")
    with page.expect_navigation():
        page.click(button)
    page.wait_for_load_state()
    return page.evaluate(ANNOUNCED)


@pytest.fixture
def page(functional, new_page):
    transaction.commit()
    made = new_page()
    made.portal_url = functional["portal"].absolute_url()
    return made


def test_registration_form(page):
    page.goto(f"{page.portal_url}/@@register")
    page.fill("#form-widgets-fullname", "Zoé Visiteuse")
    page.fill("#form-widgets-email", "pas-une-adresse")
    announced = submit(page, "#form-buttons-register")
    assert announced["alerts"], announced
    assert "form.widgets.email" in announced["invalid"], announced
    assert announced["invalid"]["form.widgets.email"], announced


def test_call_application_form(page, functional):
    # Plone's pat-validation checks the required fields before sending: its
    # messages are the ones to link.
    call = api.content.find(portal_type="Call", sort_on="created")[0].getURL()
    login(page, page.portal_url, MEMBER, DEMO_PASSWORD)
    page.goto(f"{call}/++add++Application")
    page.click("#form-buttons-save")
    page.wait_for_selector('[aria-invalid="true"]')
    announced = page.evaluate(ANNOUNCED)
    assert page.url.endswith("/++add++Application")
    assert "form.widgets.structure_name" in announced["invalid"], announced
    assert announced["invalid"]["form.widgets.structure_name"], announced


def test_offer_apply_form(page):
    offer = api.content.find(portal_type="Opportunity", review_state="published")
    page.goto(offer[0].getURL())
    page.fill("#apply-fullname", "Zoé Apprentie")
    page.fill("#apply-email", "pas-une-adresse")
    announced = submit(page, ".opportunity-apply-form button[type=submit]")
    (message,) = announced["alerts"]
    assert "adresse" in message, announced
    assert announced["invalid"] == {"email": message}, announced
    assert announced["focused"] == "alert"


def test_newsletter_sign_up(page):
    page.goto(f"{page.portal_url}/@@newsletter-subscribe")
    page.fill("#newsletter-page-email", "pas-une-adresse")
    page.check("#newsletter-page-consent")
    announced = submit(page, "#newsletter-page-form button[type=submit]")
    (message,) = announced["alerts"]
    assert "Cette adresse électronique n'est pas valide" in message
    assert announced["invalid"] == {"email": message}, announced
    assert announced["focused"] == "alert"


def test_join_request_without_consent(page):
    login(page, page.portal_url, MEMBER, DEMO_PASSWORD)
    page.goto(f"{page.portal_url}/{OTHER_GROUP}/@@join")
    page.fill("#join-message", "Bonjour, je souhaite rejoindre le groupe.")
    announced = submit(page, "form[action$='@@join'] button[type=submit]")
    assert any("consentement" in alert for alert in announced["alerts"]), announced
