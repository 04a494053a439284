"""In Chromium: a visitor subscribes from the footer and confirms from the e-mail's link."""

from polepatrimoine.content.newsletter import subscribers
from tests.fixtures.http import client
from tests.services.newsletter_subscribe.helpers import link
from tests.services.newsletter_subscribe.helpers import state_of


def test_subscribe_from_the_footer_then_confirm(functional, browser_page, smtp):
    portal = functional["portal"]
    url = portal["a-propos"].absolute_url()
    # A cold server compiles templates and bundles on the first page: warm it up.
    client(json=False).get(url, timeout=120)
    page = browser_page
    page.goto(url, timeout=60000)
    form = page.locator("#newsletter-footer-form")
    assert (
        "La lettre d'information"
        in page.locator(".newsletter-subscribe-footer").inner_text()
    )
    form.get_by_label("Adresse électronique").fill("lea@exemple.fr")
    form.get_by_label("Nom (facultatif)").fill("Léa Bernard")
    form.get_by_label("Structure (facultatif)").fill("Musée de Léa")
    assert "J'accepte que Pôle Patrimoine conserve" in (
        form.locator(".personal-data-consent").inner_text()
    )
    # The consent box is required: the browser does not send without it.
    form.get_by_role("button", name="S'abonner").click()
    assert page.url == url
    form.locator("#newsletter-footer-consent").check()
    form.get_by_role("button", name="S'abonner").click()
    page.wait_for_url("**/@@newsletter-subscribe")
    assert "Si cette adresse n'est pas encore abonnée" in (
        page.locator(".newsletter-result").inner_text()
    )
    (message,) = smtp.wait(1)
    assert message["Subject"] == "Confirmez votre abonnement à la lettre d'information"
    assert state_of("lea@exemple.fr") == subscribers.PENDING
    page.goto(link(message, "@@newsletter-confirm"))
    page.get_by_role("button", name="Confirmer mon abonnement").click()
    assert "Votre abonnement est confirmé" in (
        page.locator(".newsletter-confirmed").inner_text()
    )
    assert state_of("lea@exemple.fr") == subscribers.ACTIVE
    stored = subscribers.store().get("lea@exemple.fr")
    assert stored.name == "Léa Bernard"
    assert stored.consent["source"] == "form"
