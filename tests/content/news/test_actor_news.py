"""An actor's page lists the published news that mention it."""

from lxml import html
from tests.content.news.helpers import make_news
from tests.fixtures.actors import make_actor
from tests.fixtures.http import client

import transaction


def test_actor_page_shows_its_news(functional):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier de la pierre")
    other = make_actor(portal, title="Autre atelier")
    make_news(portal, "pierre-1", title="La pierre à l'honneur", actors=(actor,))
    make_news(
        portal, "pierre-2", title="Chantier ouvert", actors=(actor, other), days_ago=5
    )
    make_news(portal, "ailleurs", title="Sans rapport", actors=(other,))
    transaction.commit()
    response = client(json=False).get(actor.absolute_url())
    assert response.status_code == 200
    tree = html.fromstring(response.text)
    section = tree.cssselect(".actor-news")[0]
    assert "Dans l'actualité" in section.text_content()
    assert [a.text for a in section.cssselect("a")] == [
        "La pierre à l'honneur",
        "Chantier ouvert",
    ]


def test_actor_without_news_has_no_section(functional):
    actor = make_actor(functional["portal"], title="Atelier discret")
    transaction.commit()
    response = client(json=False).get(actor.absolute_url())
    assert response.status_code == 200
    assert "actor-news" not in response.text


def test_demo_actor_shows_demo_news(functional):
    from plone import api

    (brain,) = api.content.find(portal_type="Actor", Title="CAPEB des Pays de la Loire")
    response = client(json=False).get(brain.getURL())
    assert "Trois nouveaux adhérents rejoignent le réseau" in response.text
