"""schema.org JSON-LD of a project page, in its head.

A project is described as a ``CreativeWork``: schema.org's ``Project`` is still in
the pending area and is a kind of ``Organization`` (the team that runs a
project), whose properties have no period, status or territory, while
``CreativeWork`` is core vocabulary with ``creator`` and ``contributor`` (the
carrier and partners), ``spatialCoverage`` (communes, départements, position),
``temporalCoverage`` (the period), ``creativeWorkStatus`` and ``genre``.
"""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.content.common.jsonld import dumps
from polepatrimoine.content.projects import relations
from polepatrimoine.content.projects.vocabularies import PROJECT_KINDS
from polepatrimoine.content.projects.vocabularies import PROJECT_STATUSES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS


def organization(actor) -> dict:
    return {"@type": "Organization", "name": actor.Title(), "url": actor.absolute_url()}


def place(project) -> dict | None:
    titles = dict(DEPARTMENTS)
    names = list(project.communes or ()) + [
        titles.get(code, code) for code in project.departments or ()
    ]
    spatial = {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressRegion": "Pays de la Loire",
            "addressCountry": "FR",
        },
    }
    if names:
        spatial["name"] = ", ".join(names)
    geolocation = getattr(project, "geolocation", None)
    latitude = getattr(geolocation, "latitude", None)
    longitude = getattr(geolocation, "longitude", None)
    if latitude is not None and longitude is not None:
        spatial["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": latitude,
            "longitude": longitude,
        }
    return spatial


def period(project) -> str | None:
    start, end = project.start, project.end
    if start is None and end is None:
        return None
    # ISO 8601 intervals; ".." is an open end (schema.org's temporalCoverage).
    return f"{start.isoformat() if start else '..'}/{end.isoformat() if end else '..'}"


def project_data(project) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": f"{project.absolute_url()}#project",
        "url": project.absolute_url(),
        "name": project.Title(),
        "inLanguage": "fr",
        "genre": dict(PROJECT_KINDS).get(project.kind, project.kind),
        "creativeWorkStatus": dict(PROJECT_STATUSES).get(
            project.status, project.status
        ),
        "spatialCoverage": place(project),
        "publisher": {
            "@type": "Organization",
            "name": api.portal.get().Title(),
            "url": api.portal.get().absolute_url(),
        },
    }
    if project.Description():
        data["description"] = project.Description()
    domains = dict(HERITAGE_DOMAINS)
    if project.heritage_domains:
        data["keywords"] = [domains.get(t, t) for t in project.heritage_domains]
    temporal = period(project)
    if temporal:
        data["temporalCoverage"] = temporal
    carrier = relations.carrier(project)
    if carrier is not None:
        data["creator"] = organization(carrier)
    partners = relations.partners(project)
    if partners:
        data["contributor"] = [organization(actor) for actor in partners]
    if getattr(project, "image", None):
        data["image"] = f"{project.absolute_url()}/@@images/image"
    modified = project.modified()
    if modified:
        data["dateModified"] = modified.ISO8601()
    return data


class ProjectJsonLd(ViewletBase):
    def render(self):
        return (
            '<script type="application/ld+json">'
            f"{dumps(project_data(self.context))}"
            "</script>"
        )
