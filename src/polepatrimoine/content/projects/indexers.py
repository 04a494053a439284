"""What the catalog holds of a Project: its facets and what the listing and map show."""

from plone.indexer import indexer
from polepatrimoine.content.common.public import public_title
from polepatrimoine.content.common.relations import relation_uid
from polepatrimoine.content.projects.project import IProject


@indexer(IProject)
def project_kind(obj):
    return obj.kind


@indexer(IProject)
def project_status(obj):
    return obj.status


@indexer(IProject)
def heritage_domains(obj):
    return tuple(obj.heritage_domains or ())


@indexer(IProject)
def departments(obj):
    return tuple(obj.departments or ())


@indexer(IProject)
def project_year(obj):
    if obj.start is None:
        raise AttributeError("project_year")
    return obj.start.year


@indexer(IProject)
def project_reproducible(obj):
    return bool(obj.reproducible)


@indexer(IProject)
def project_carrier(obj):
    uid = relation_uid(obj.carrier)
    return (uid,) if uid else ()


@indexer(IProject)
def project_partners(obj):
    return tuple(uid for uid in (relation_uid(r) for r in obj.partners or ()) if uid)


@indexer(IProject)
def carrier_title(obj):
    # Listings and the map show it to whoever sees the project (subscribers.py
    # reindexes on the carrier's publication).
    return public_title(obj.carrier)
