"""The resource page in Chromium: the video player loads only on click."""

from plone import api
from urllib.parse import urlparse

import transaction


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
