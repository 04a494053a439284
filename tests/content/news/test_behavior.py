"""The news watch behavior over REST: create, patch, bad input, @search."""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from polepatrimoine.content.news.behavior import INewsWatch
from tests.content.news.helpers import make_news
from tests.fixtures.actors import make_actor
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory

import transaction


def test_news_item_has_the_behavior(integration):
    fti = getUtility(IDexterityFTI, name="News Item")
    assert "polepatrimoine.newswatch" in fti.behaviors
    item = make_news(integration["portal"], "avec-comportement")
    assert INewsWatch.providedBy(item)
    assert item.news_scope == "reseau"


def test_vocabulary_of_scopes(integration):
    factory = getUtility(
        IVocabularyFactory,
        name="polepatrimoine.vocabularies.NewsScopes",
    )
    vocabulary = factory(integration["portal"])
    assert [(t.token, t.title) for t in vocabulary] == [
        ("reseau", "Le réseau et ses membres"),
        ("regional", "Régional"),
        ("national", "National"),
    ]


def test_create_and_patch_over_rest(functional, clients):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier cité")
    transaction.commit()
    admin = clients["admin"]
    response = admin.post(
        "actualites",
        json={
            "@type": "News Item",
            "id": "relais",
            "title": "Une actualité relayée",
            "news_scope": "national",
            "topics": ["bati", "musees"],
            "source_url": "https://www.culture.gouv.fr/actualite",
            "source_name": "Ministère de la Culture",
            "related_actors": [actor.UID()],
        },
    )
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["news_scope"]["token"] == "national"
    assert [t["token"] for t in data["topics"]] == ["bati", "musees"]
    assert data["source_url"] == "https://www.culture.gouv.fr/actualite"
    assert [a["title"] for a in data["related_actors"]] == ["Atelier cité"]
    response = admin.patch(
        "actualites/relais", json={"news_scope": "regional", "topics": ["naturel"]}
    )
    assert response.status_code == 204, response.text
    found = admin.get(
        "@search",
        params={
            "news_scope": "regional",
            "news_topics": "naturel",
            "related_actors": actor.UID(),
            "metadata_fields": ["news_scope", "news_topics", "related_actors"],
        },
    ).json()
    assert [i["title"] for i in found["items"]] == ["Une actualité relayée"]
    assert found["items"][0]["news_scope"] == "regional"
    assert found["items"][0]["related_actors"] == [actor.UID()]
    stale = admin.get(
        "@search", params={"news_scope": "national", "related_actors": actor.UID()}
    )
    assert stale.json()["items_total"] == 0


def test_bad_source_url_is_refused_naming_the_field(functional, clients):
    admin = clients["admin"]
    response = admin.post(
        "actualites",
        json={
            "@type": "News Item",
            "id": "piege",
            "title": "Piège",
            "source_url": "javascript:alert(1)",
        },
    )
    assert response.status_code == 400
    assert "source_url" in response.text
    assert "http" in response.json()["message"]
    assert admin.get("actualites/piege").status_code == 404


def test_bad_patch_changes_nothing(functional, clients):
    make_news(functional["portal"], "intacte", source_url="https://exemple.fr/a")
    transaction.commit()
    admin = clients["admin"]
    for body, field in (
        ({"source_url": "ftp://exemple.fr/a", "title": "Autre"}, "source_url"),
        ({"news_scope": "mondial", "title": "Autre"}, "news_scope"),
        ({"topics": ["astronomie"], "title": "Autre"}, "topics"),
        ({"source_name": "x" * 201, "title": "Autre"}, "source_name"),
    ):
        response = admin.patch("actualites/intacte", json=body)
        assert response.status_code == 400, body
        assert field in response.text
    data = admin.get("actualites/intacte").json()
    assert data["title"] == "Actualité intacte"
    assert data["source_url"] == "https://exemple.fr/a"
    assert data["news_scope"]["token"] == "reseau"


def test_related_private_actor_is_not_shown_over_rest(functional, clients):
    portal = functional["portal"]
    hidden = make_actor(portal, title="Projet confidentiel", state="pending")
    shown = make_actor(portal, title="Atelier public")
    make_news(portal, "deux-acteurs", actors=(hidden, shown))
    transaction.commit()
    data = clients["anonymous"].get("actualites/deux-acteurs").json()
    assert [a["title"] for a in data["related_actors"]] == ["Atelier public"]
    data = clients["admin"].get("actualites/deux-acteurs").json()
    assert {a["title"] for a in data["related_actors"]} == {
        "Atelier public",
        "Projet confidentiel",
    }


def test_stored_unsafe_source_is_not_indexed(integration):
    item = make_news(integration["portal"], "ancienne")
    item.source_url = "javascript:alert(1)"
    item.source_name = "Source"
    item.reindexObject()
    (brain,) = api.content.find(UID=item.UID())
    assert brain.news_source_url is None
    assert brain.news_source_name == "Source"
