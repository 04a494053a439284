"""The DCAT-AP catalogue in JSON-LD, parsed as RDF with rdflib: the classes and
properties DCAT-AP requires, and what data.gouv.fr's harvester reads."""

from AccessControl.PermissionRole import rolesForPermissionOn
from datetime import date
from datetime import datetime
from datetime import timedelta
from plone import api
from rdflib import Graph
from rdflib import Literal
from rdflib import URIRef
from rdflib.namespace import DCAT
from rdflib.namespace import DCTERMS
from rdflib.namespace import FOAF
from rdflib.namespace import RDF
from tests.content.meetings.helpers import TZ
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zoneinfo import ZoneInfo
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import json
import pytest
import transaction


PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def graph(functional, clients, portal_url):
    response = clients["anonymous"].get(
        "@@dcat.jsonld", headers={"Accept": "application/ld+json"}
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/ld+json")
    graph = Graph()
    graph.parse(data=response.text, format="json-ld")
    return graph


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert values, (subject, predicate)
    return values[0]


def test_catalogue_and_its_mandatory_properties(graph, portal_url):
    catalogues = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert catalogues == [URIRef(f"{portal_url}/@@dcat.jsonld")]
    catalogue = catalogues[0]
    title = one(graph, catalogue, DCTERMS.title)
    assert isinstance(title, Literal)
    assert title.language == "fr"
    assert one(graph, catalogue, DCTERMS.description).language == "fr"
    publisher = one(graph, catalogue, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Organization) in graph
    assert str(one(graph, publisher, FOAF.name)) == "Pôle Patrimoine"
    assert one(graph, catalogue, DCTERMS.license) == URIRef(
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
    )
    assert one(graph, catalogue, DCTERMS.spatial) == URIRef(
        "http://id.insee.fr/geo/region/52"
    )
    assert len(list(graph.objects(catalogue, DCAT.dataset))) >= 4


def test_datasets_and_distributions(graph, portal_url):
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    catalogue = URIRef(f"{portal_url}/@@dcat.jsonld")
    assert datasets == set(graph.objects(catalogue, DCAT.dataset))
    identifiers = {str(one(graph, d, DCTERMS.identifier)) for d in datasets}
    assert {"acteurs", "projets", "agenda", "observatoire"} <= identifiers
    media_types = set()
    for dataset in datasets:
        assert one(graph, dataset, DCTERMS.title).language == "fr"
        assert one(graph, dataset, DCTERMS.description).language == "fr"
        assert (dataset, DCTERMS.publisher, None) in graph
        assert (dataset, DCTERMS.license, None) in graph
        assert one(graph, dataset, DCTERMS.spatial) == URIRef(
            "http://id.insee.fr/geo/region/52"
        )
        distributions = list(graph.objects(dataset, DCAT.distribution))
        assert distributions
        for distribution in distributions:
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            access = one(graph, distribution, DCAT.accessURL)
            assert str(access).startswith(portal_url)
            assert one(graph, distribution, DCAT.downloadURL) == access
            media_types.add(str(one(graph, distribution, DCAT.mediaType)))
            assert (distribution, DCTERMS["format"], None) in graph
    # DCAT-AP's IANA URIs are http:, whatever the browser shows.
    assert {
        "http://www.iana.org/assignments/media-types/text/csv",
        "http://www.iana.org/assignments/media-types/application/geo+json",
        "http://www.iana.org/assignments/media-types/text/calendar",
        "http://www.iana.org/assignments/media-types/application/json",
    } <= media_types
    assert not {m for m in media_types if not m.startswith("http://www.iana.org/")}


def period(graph, dataset):
    period = one(graph, dataset, DCTERMS.temporal)
    assert (period, RDF.type, DCTERMS.PeriodOfTime) in graph
    return (
        one(graph, period, DCAT.startDate).toPython(),
        one(graph, period, DCAT.endDate).toPython(),
    )


def test_dates(graph, portal_url):
    actors = URIRef(f"{portal_url}/acteurs#dataset")
    modified = one(graph, actors, DCTERMS.modified)
    assert modified.datatype == URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
    # The directory describes the present: no period claimed for it.
    assert (actors, DCTERMS.temporal, None) not in graph


def _public_spans(portal_type):
    """Start and end days of the public items, read from the objects."""
    catalog = api.portal.get_tool("portal_catalog")
    spans = []
    for brain in catalog.unrestrictedSearchResults(portal_type=portal_type):
        obj = brain._unrestrictedGetObject()
        if "Anonymous" not in rolesForPermissionOn("View", obj):
            continue
        start, end = obj.start, obj.end or obj.start
        if start is None:
            continue
        days = [
            d.astimezone(PARIS).date() if isinstance(d, datetime) else d
            for d in (start, end)
        ]
        spans.append(days)
    return spans


@pytest.fixture
def dated(functional, portal_url):
    """A public project of 2009-2012 and a public event of 2008, made today, and
    a private project of 2001: the period is what the data covers, not when it
    was entered."""
    portal = api.portal.get()
    with api.env.adopt_roles(["Manager"]):
        carrier = make_actor(portal, title="Porteur daté", state="published")
        intids = getUtility(IIntIds)
        for title, start, end, state in (
            ("Projet ancien", date(2009, 4, 1), date(2012, 6, 30), "published"),
            ("Projet privé", date(2001, 1, 1), date(2030, 1, 1), None),
        ):
            project = api.content.create(
                container=portal["projets"],
                type="Project",
                title=title,
                carrier=RelationValue(intids.getId(carrier)),
                start=start,
                end=end,
            )
            if state:
                api.content.transition(obj=project, to_state=state)
        start = TZ.localize(datetime(2008, 5, 20, 9))
        event = api.content.create(
            container=portal["agenda"],
            type="Event",
            id="rencontre-2008",
            title="Rencontre de 2008",
            start=start,
            end=start + timedelta(days=2),
        )
        api.content.transition(obj=event, to_state="published")
    transaction.commit()


def test_temporal_is_the_period_covered(dated, clients, portal_url):
    response = clients["anonymous"].get(
        "@@dcat.jsonld", headers={"Accept": "application/ld+json"}
    )
    graph = Graph()
    graph.parse(data=response.text, format="json-ld")

    projects = _public_spans("Project")
    assert period(graph, URIRef(f"{portal_url}/projets#dataset")) == (
        min(s for s, _e in projects),
        max(e for _s, e in projects),
    )
    assert min(s for s, _e in projects) == date(2009, 4, 1)

    events = _public_spans("Event")
    start, end = period(graph, URIRef(f"{portal_url}/agenda#dataset"))
    assert (start, end) == (min(s for s, _e in events), max(e for _s, e in events))
    assert start == date(2008, 5, 20)

    # The observatory's figures: from the first year shown to today.
    first, last = period(graph, URIRef(f"{portal_url}/observatoire#dataset"))
    assert first == date(2008, 1, 1)
    assert last == datetime.now(PARIS).date()


def test_distributions_download(functional, clients, graph):
    """Every download URL answers an anonymous request with its media type."""
    anonymous = clients["anonymous"]
    anonymous.session.headers.pop("Accept")
    for distribution in graph.subjects(RDF.type, DCAT.Distribution):
        url = str(one(graph, distribution, DCAT.downloadURL))
        media_type = str(one(graph, distribution, DCAT.mediaType)).rsplit(
            "media-types/", 1
        )[1]
        response = anonymous.get(url)
        assert response.status_code == 200, url
        kind = response.headers["Content-Type"].split(";")[0]
        # GeoJSON and JSON are served as application/json by the REST API.
        assert kind == media_type or (
            media_type == "application/geo+json" and kind == "application/json"
        ), (url, kind)


def test_rest_endpoint_same_catalogue(functional, clients, graph):
    document = clients["anonymous"].get("@dcat").json()
    rest = Graph()
    rest.parse(data=json.dumps(document), format="json-ld")
    assert len(rest) == len(graph)
    assert set(rest.subjects(RDF.type, DCAT.Dataset)) == set(
        graph.subjects(RDF.type, DCAT.Dataset)
    )


def test_licence_is_a_setting(functional, clients):
    api.portal.set_registry_record(
        "polepatrimoine.opendata.licence_url",
        "https://opendatacommons.org/licenses/odbl/",
    )
    transaction.commit()
    document = clients["anonymous"].get("@dcat").json()
    assert document["dct:license"] == {
        "@id": "https://opendatacommons.org/licenses/odbl/"
    }
    page = clients["anonymous"].get("donnees-ouvertes", headers={"Accept": "text/html"})
    assert "https://opendatacommons.org/licenses/odbl/" in page.text
