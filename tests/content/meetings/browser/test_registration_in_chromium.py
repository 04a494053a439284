"""In Chromium: a visitor registers on an event page; a video loads only on click."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client


def test_visitor_registers_on_the_event_page(functional, browser_page, smtp):
    portal = functional["portal"]
    event = make_event(
        portal["agenda"],
        obj_id="visite-chantier",
        capacity=1,
        title="Visite de chantier",
        meeting_format="visite",
    )
    # A cold server compiles templates and bundles on the first page: warm it up.
    client(json=False).get(event.absolute_url(), timeout=120)
    page = browser_page
    page.goto(event.absolute_url(), timeout=60000)
    assert "Places restantes : 1" in page.locator("#registration").inner_text()
    page.get_by_label("Nom et prénom").fill("Alex Dupont")
    page.get_by_label("Adresse électronique").fill("alex@exemple.fr")
    page.get_by_label("Structure").fill("Association du patrimoine")
    page.get_by_role("button", name="S'inscrire").click()
    result = page.locator(".registration-result")
    assert "Votre inscription est confirmée" in result.inner_text()
    assert "alex@exemple.fr" in result.inner_text()
    (message,) = smtp.wait(1)
    assert message["Subject"] == "Inscription confirmée : Visite de chantier"

    page.goto(event.absolute_url())
    assert "L'événement est complet" in page.locator("#registration").inner_text()
    page.get_by_label("Nom et prénom").fill("Sam Martin")
    page.get_by_label("Adresse électronique").fill("alex@exemple.fr")
    page.get_by_role("button", name="S'inscrire").click()
    assert "déjà inscrite" in page.locator(".registration-error").inner_text()
