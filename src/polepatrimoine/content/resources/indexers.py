"""Catalog indexers of resources."""

from plone.indexer import indexer
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.resources.resource import IResource


@indexer(IResource)
def resource_type(obj):
    return obj.resource_type


@indexer(IResource)
def audience(obj):
    return tuple(obj.audience or ())


@indexer(IResource)
def topics(obj):
    return tuple(obj.topics or ())


@indexer(IResource)
def related_event_uid(obj):
    return relation_uid(obj.related_event)


@indexer(IResource)
def resource_working_group(obj):
    return relation_uid(obj.working_group)
