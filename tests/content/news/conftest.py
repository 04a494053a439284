"""A folder of news of its own, so that counts do not depend on the demo news."""

from plone import api
from tests.content.news.helpers import make_news

import itertools
import pytest
import transaction


SCOPES = ("reseau", "regional", "national")
TOPICS = ("bati", "industriel", "immateriel", "musees")


@pytest.fixture
def news_folder(functional):
    """25 published news over the scopes and topics, and 2 drafts, in ``veille``."""
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=portal, type="Folder", id="veille", title="Veille"
        )
        api.content.transition(obj=folder, to_state="published")
    topic_sets = itertools.cycle(
        [("bati",), ("industriel", "bati"), (), ("immateriel",), ("musees", "bati")]
    )
    specs = []
    for number in range(25):
        scope = SCOPES[number % 3]
        topics = next(topic_sets)
        make_news(
            portal,
            f"news-{number:02d}",
            scope=scope,
            topics=topics,
            days_ago=number + 1,
            container=folder,
        )
        specs.append((f"news-{number:02d}", scope, set(topics)))
    make_news(
        portal,
        "brouillon",
        title="Brouillon secret",
        scope="regional",
        topics=("bati",),
        state="private",
        days_ago=0,
        container=folder,
    )
    transaction.commit()
    return {"folder": folder, "specs": specs}


def brute_force(specs, scopes=(), topics=()):
    """Ids of the news matching the filters (values of a facet ORed), newest first."""
    return [
        news_id
        for news_id, scope, news_topics in specs
        if (not scopes or scope in scopes) and (not topics or news_topics & set(topics))
    ]
