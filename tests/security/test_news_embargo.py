"""A published news item before its publication date or past its expiry shows to
nobody in the news listing, ``@news``, its RSS nor an actor's page, coordinators included."""

from DateTime import DateTime
from lxml import html
from tests.content.news.helpers import make_news
from tests.fixtures.actors import make_actor

import pytest
import transaction


EMBARGOED = "Annonce sous embargo"
EXPIRED = "Appel expiré"
CURRENT = "Actualité du jour"


@pytest.fixture
def timed_news(functional, members):
    portal = functional["portal"]
    actor = make_actor(portal, title="Atelier du port")
    make_news(portal, "embargo", title=EMBARGOED, days_ago=-3, actors=(actor,))
    expired = make_news(portal, "expiree", title=EXPIRED, days_ago=10, actors=(actor,))
    expired.setExpirationDate(DateTime() - 2)
    expired.reindexObject()
    make_news(portal, "du-jour", title=CURRENT, days_ago=0, actors=(actor,))
    transaction.commit()
    return {"portal": portal, "actor": actor}


@pytest.mark.parametrize("reader", ["anonymous", "claire", "admin"])
def test_embargoed_and_expired_news_are_not_listed(timed_news, clients, reader):
    reader_client = clients[reader]
    section = timed_news["portal"]["actualites"].absolute_url()
    page = reader_client.session.get(
        section + "/@@news", headers={"Accept": "text/html"}
    )
    listing = html.fromstring(page.text).cssselect(".news-listing")[0].text_content()
    feed = reader_client.session.get(section + "/@@news.rss", headers={"Accept": "*/*"})
    actor = reader_client.session.get(
        timed_news["actor"].absolute_url(), headers={"Accept": "text/html"}
    )
    viewlet = html.fromstring(actor.text).cssselect(".actor-news")[0].text_content()
    rest = reader_client.get(section + "/@news").json()
    rest_titles = [item["title"] for item in rest["items"]]
    for text in (listing, feed.text, viewlet, rest_titles):
        assert CURRENT in text
        assert EMBARGOED not in text
        assert EXPIRED not in text
