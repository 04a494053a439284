"""Helpers of the news tests: news items made and published in ``actualites``."""

from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds


def make_news(
    portal,
    obj_id,
    title=None,
    scope="reseau",
    topics=(),
    days_ago=1,
    actors=(),
    state="published",
    container=None,
    **fields,
):
    """A news item dated ``days_ago`` days back (its effective date)."""
    intids = getUtility(IIntIds)
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=container or portal["actualites"],
            type="News Item",
            id=obj_id,
            title=title or f"Actualité {obj_id}",
            description=f"Résumé de {obj_id}",
            news_scope=scope,
            topics=list(topics),
            related_actors=[RelationValue(intids.getId(a)) for a in actors],
            **fields,
        )
        item.setEffectiveDate(DateTime(datetime.now() - timedelta(days=days_ago)))
        if state == "published":
            api.content.transition(obj=item, to_state="published")
        item.reindexObject()
    return item
