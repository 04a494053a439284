"""Catalog indexers of the news watch: listings and feeds read brains only."""

from plone.indexer import indexer
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.news.behavior import INewsWatch


@indexer(INewsWatch)
def news_scope(obj):
    return INewsWatch(obj).news_scope or None


@indexer(INewsWatch)
def news_topics(obj):
    return tuple(INewsWatch(obj).topics or ())


@indexer(INewsWatch)
def related_actors(obj):
    relations = INewsWatch(obj).related_actors or ()
    return tuple(filter(None, (relation_uid(r) for r in relations)))


@indexer(INewsWatch)
def news_source_url(obj):
    return safe_url(INewsWatch(obj).source_url)


@indexer(INewsWatch)
def news_source_name(obj):
    return INewsWatch(obj).source_name or None
