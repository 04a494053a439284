"""Resources over REST, and the click-to-load player addresses."""

from polepatrimoine.content.resources.browser.resource_view import embed_url
from tests.fixtures.http import client

import pytest
import transaction


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=abc123DEF45",
            "https://www.youtube-nocookie.com/embed/abc123DEF45?autoplay=1",
        ),
        (
            "https://youtu.be/abc123DEF45",
            "https://www.youtube-nocookie.com/embed/abc123DEF45?autoplay=1",
        ),
        (
            "https://vimeo.com/123456789",
            "https://player.vimeo.com/video/123456789?autoplay=1&dnt=1",
        ),
        (
            "https://www.dailymotion.com/video/x8abcd",
            "https://www.dailymotion.com/embed/video/x8abcd?autoplay=1",
        ),
        ("https://exemple.fr/page", None),
        ("", None),
    ],
)
def test_embed_url(url, embed):
    assert embed_url(url) == embed


def test_create_resource_over_rest(functional):
    url = functional["portal"]["ressources"].absolute_url()
    admin = client(admin=True)
    response = admin.post(
        url,
        json={
            "@type": "Resource",
            "title": "Outil : grille d'inventaire",
            "resource_type": "outil",
            "audience": ["professionnels", "collectivites"],
            "topics": ["immateriel"],
            "video_url": "https://vimeo.com/123456789",
        },
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["resource_type"]["title"] == "Outil méthodologique"
    assert [t["token"] for t in data["audience"]] == ["professionnels", "collectivites"]
    found = admin.get(
        "@search",
        params={
            "portal_type": "Resource",
            "resource_topics": "immateriel",
            "resource_type": "outil",
        },
    ).json()
    assert [item["title"] for item in found["items"]] == ["Outil : grille d'inventaire"]


def test_unknown_resource_type_is_refused(functional):
    folder = functional["portal"]["ressources"]
    before = len(folder)
    response = client(admin=True).post(
        folder.absolute_url(),
        json={"@type": "Resource", "title": "Sans type", "resource_type": "podcast"},
    )
    assert response.status_code == 400
    assert "resource_type" in response.json()["message"]
    transaction.begin()
    assert len(folder) == before


def test_member_cannot_add_resources(functional):
    from tests.content.meetings.helpers import make_user

    make_user("lecteur@exemple.fr")
    response = client(login="lecteur@exemple.fr").post(
        functional["portal"]["ressources"].absolute_url(),
        json={"@type": "Resource", "title": "Refusée", "resource_type": "article"},
    )
    assert response.status_code in (401, 403)
