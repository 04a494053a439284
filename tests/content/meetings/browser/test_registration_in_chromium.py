"""In Chromium: a visitor registers on an event page and confirms by the link of the e-mail."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client

import re


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
    page.locator("#registration").get_by_label("Nom et prénom").fill("Alex Dupont")
    page.locator("#registration").get_by_label("Adresse électronique").fill(
        "alex@exemple.fr"
    )
    page.locator("#registration").get_by_label("Structure").fill(
        "Association du patrimoine"
    )
    # The consent box is required (issue 15): the browser will not send without it.
    consent = page.locator("#registration-consent")
    assert "J'accepte que Pôle Patrimoine conserve" in (
        page.locator("#registration .personal-data-consent").inner_text()
    )
    link = page.locator("#registration .personal-data-consent a")
    assert link.get_attribute("href").endswith("/@@personal-data-policy")
    page.get_by_role("button", name="S'inscrire").click()
    assert page.locator(".registration-result").count() == 0
    consent.check()
    page.get_by_role("button", name="S'inscrire").click()
    result = page.locator(".registration-result")
    assert "Si cette adresse électronique n'est pas encore inscrite" in (
        result.inner_text()
    )
    (message,) = smtp.wait(1)
    assert message["Subject"] == "Confirmez votre inscription : Visite de chantier"
    link = re.search(r"http\S+@@confirm-registration\?token=\S+", message.get_content())
    page.goto(link.group(0))
    page.get_by_role("button", name="Confirmer mon inscription").click()
    assert "Votre inscription est confirmée" in (
        page.locator(".registration-result").inner_text()
    )
    assert smtp.wait(2)[1]["Subject"] == "Inscription confirmée : Visite de chantier"

    page.goto(event.absolute_url())
    assert "L'événement est complet" in page.locator("#registration").inner_text()
    page.locator("#registration").get_by_label("Nom et prénom").fill("Sam Martin")
    page.locator("#registration").get_by_label("Adresse électronique").fill(
        "alex@exemple.fr"
    )
    page.locator("#registration-consent").check()
    page.get_by_role("button", name="S'inscrire").click()
    # The same answer as for a new address: nobody learns who is registered.
    answer = page.locator(".registration-result").inner_text()
    assert "Si cette adresse électronique n'est pas encore inscrite" in answer
    assert "déjà inscrite" not in page.content()
    reminder = smtp.wait(3)[2]
    assert reminder["Subject"] == "Votre inscription : Visite de chantier"
