"""The demo news of the site built by the distribution."""

from plone import api
from polepatrimoine.policy.demo import news


def test_demo_news_over_the_three_scopes(portal):
    brains = api.content.find(
        portal_type="News Item", review_state="published", path="/plone/actualites"
    )
    assert len(brains) == len(news.NEWS)
    assert {b.news_scope for b in brains} == {"reseau", "regional", "national"}
    assert sum(1 for b in brains if b.related_actors) >= 2
    (relayed,) = [b for b in brains if b.news_source_url]
    assert relayed.news_source_name == "Ministère de la Culture"
    assert portal["actualites"].getLayout() == "news"


def test_demo_is_idempotent(portal):
    news.create(portal)
    assert len(api.content.find(portal_type="News Item", path="/plone/actualites")) == (
        len(news.NEWS)
    )
