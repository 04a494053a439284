"""In Chromium: a visitor registers on an event page; a video loads only on click."""

from plone import api
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client
from urllib.parse import urlparse

import transaction


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


def test_video_player_loads_only_on_click(functional, browser_page):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        resource = api.content.create(
            container=portal["ressources"],
            type="Resource",
            id="video-test",
            title="Vidéo de test",
            resource_type="video",
            video_url="https://www.youtube.com/watch?v=abcdefghijk",
        )
        api.content.transition(obj=resource, to_state="published")
    transaction.commit()
    local = urlparse(portal.absolute_url()).hostname
    outside = []
    page = browser_page
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if urlparse(request.url).hostname not in (local, None)
            else None
        ),
    )
    # Tests never reach the internet: the player's host answers locally.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<p>lecteur</p>"
        ),
    )
    page.goto(resource.absolute_url())
    page.wait_for_load_state("networkidle")
    assert outside == []
    page.get_by_role("button", name="Lire la vidéo").click()
    frame = page.locator("iframe.video-player")
    assert frame.get_attribute("src").startswith(
        "https://www.youtube-nocookie.com/embed/abcdefghijk"
    )
    page.wait_for_load_state("networkidle")
    assert [urlparse(url).hostname for url in outside] == ["www.youtube-nocookie.com"]
