"""The DCAT-AP catalogue in JSON-LD, parsed as RDF with rdflib: the classes and
properties DCAT-AP requires, and what data.gouv.fr's harvester reads."""

from plone import api
from rdflib import Graph
from rdflib import Literal
from rdflib import URIRef
from rdflib.namespace import DCAT
from rdflib.namespace import DCTERMS
from rdflib.namespace import FOAF
from rdflib.namespace import RDF

import json
import pytest
import transaction


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


def test_dates(graph, portal_url):
    actors = URIRef(f"{portal_url}/acteurs#dataset")
    modified = one(graph, actors, DCTERMS.modified)
    assert modified.datatype == URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
    period = one(graph, actors, DCTERMS.temporal)
    assert (period, RDF.type, DCTERMS.PeriodOfTime) in graph
    start = one(graph, period, DCAT.startDate).toPython()
    end = one(graph, period, DCAT.endDate).toPython()
    assert start <= end


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
