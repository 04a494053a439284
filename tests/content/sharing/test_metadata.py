"""Open Graph and Twitter card metadata and share links on every public page kind."""

from plone import api
from tests.content.news.helpers import make_news
from tests.content.sharing.helpers import fetch
from tests.content.sharing.helpers import meta
from tests.content.sharing.helpers import png
from tests.content.sharing.helpers import share_links
from tests.fixtures.actors import make_actor
from urllib.parse import parse_qs
from urllib.parse import quote
from urllib.parse import urlsplit

import pytest
import transaction


PUBLIC_STATES = {"Call": "open", "WorkingGroup": "active"}


def published(portal_type):
    brains = api.content.find(
        portal_type=portal_type,
        review_state=PUBLIC_STATES.get(portal_type, "published"),
    )
    assert brains, portal_type
    return brains[0].getObject()


@pytest.mark.parametrize("portal_type", ["Event", "Call", "Resource", "WorkingGroup"])
def test_demo_pages_carry_metadata_with_the_site_logo(functional, portal_type):
    obj = published(portal_type)
    response, tree = fetch(obj.absolute_url())
    assert response.status_code == 200
    tags = meta(tree)
    url = obj.absolute_url()
    assert tags["og:title"] == tags["twitter:title"] == obj.Title()
    assert tags["og:url"] == url
    assert tags["og:locale"] == "fr_FR"
    assert tags["og:site_name"] == "Pôle Patrimoine"
    assert tags["og:type"] == "website"
    if obj.Description():
        assert tags["og:description"] == obj.Description()
    portal_url = functional["portal"].absolute_url()
    assert tags["og:image"].startswith(portal_url)
    assert "logo" in tags["og:image"]
    assert tags["twitter:card"] == "summary"
    links = share_links(tree)
    assert parse_qs(urlsplit(links["linkedin"]).query) == {"url": [url]}
    assert parse_qs(urlsplit(links["facebook"]).query) == {"u": [url]}
    assert links["email"].startswith("mailto:?subject=")
    assert quote(url) in links["email"]
    assert tree.cssselect(".share-links input.share-url")[0].get("value") == url
    # Plone's tags are replaced, not doubled.
    assert len(tree.cssselect('head meta[property="og:title"]')) == 1


def test_news_with_a_lead_image(functional):
    portal = functional["portal"]
    item = make_news(portal, "avec-image", title="Une photo de chantier", image=png())
    transaction.commit()
    _response, tree = fetch(item.absolute_url())
    tags = meta(tree)
    assert tags["og:type"] == "article"
    assert tags["og:image"].startswith(item.absolute_url() + "/@@images/")
    assert tags["twitter:image"] == tags["og:image"]
    assert tags["twitter:card"] == "summary_large_image"
    assert int(tags["og:image:width"]) <= 768
    assert tags["og:image:type"] == "image/png"
    assert tags["og:description"] == "Résumé de avec-image"
    assert share_links(tree)


def test_actor_with_a_logo(functional):
    actor = make_actor(
        functional["portal"], title="Atelier au logo", logo=png(200, 200)
    )
    transaction.commit()
    _response, tree = fetch(actor.absolute_url())
    tags = meta(tree)
    assert tags["og:image"].startswith(actor.absolute_url() + "/@@images/")
    assert tags["og:title"] == "Atelier au logo"
    assert share_links(tree)


def test_logged_in_reader_of_a_public_page_gets_the_same_tags(functional, clients):
    item = make_news(functional["portal"], "publique")
    transaction.commit()
    _response, tree = fetch(item.absolute_url(), admin=True)
    assert meta(tree)["og:title"] == "Actualité publique"


def test_private_item_has_no_metadata_and_no_share_links(functional):
    item = make_news(
        functional["portal"],
        "secrete",
        title="Projet de fusion secret",
        state="private",
    )
    transaction.commit()
    response, tree = fetch(item.absolute_url(), admin=True)
    assert response.status_code == 200
    tags = meta(tree)
    assert not [name for name in tags if name.startswith(("og:", "twitter:"))]
    assert not tree.cssselect(".share-links")
    assert not tree.cssselect('[itemprop="name"]')


def test_pages_without_share_links(functional):
    _response, tree = fetch(functional["portal"]["a-propos"].absolute_url())
    assert not tree.cssselect(".share-links")
    assert meta(tree)["og:locale"] == "fr_FR"
