"""What the catalog holds of an Actor: its facets and what a listing or map shows."""

from plone.indexer import indexer
from polepatrimoine.content.content.actor import IActor


@indexer(IActor)
def actor_category(obj):
    return obj.actor_category


@indexer(IActor)
def heritage_domains(obj):
    return obj.heritage_domains or []


@indexer(IActor)
def department(obj):
    return obj.department


@indexer(IActor)
def is_member(obj):
    return bool(obj.is_member)


@indexer(IActor)
def labels(obj):
    return obj.labels or []


@indexer(IActor)
def siret(obj):
    return obj.siret or None


@indexer(IActor)
def city(obj):
    return obj.city


@indexer(IActor)
def zip_code(obj):
    return obj.zip_code
