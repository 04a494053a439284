"""The DCAT-AP catalogue of the datasets, in JSON-LD (what data.gouv.fr harvests)."""

from plone import api
from polepatrimoine.content.opendata import datasets as datasets_module
from polepatrimoine.content.opendata.settings import licence


CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
# The Pays de la Loire region: INSEE's code 52, and its GeoNames entry.
REGION = "http://id.insee.fr/geo/region/52"
REGION_GEONAMES = "https://sws.geonames.org/2988289/"
FRENCH = "http://publications.europa.eu/resource/authority/language/FRA"
# DCAT-AP names media types by IANA's register under http:, as harvesters expect.
IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/"
FILE_TYPES = {
    "CSV": "CSV",
    "GeoJSON": "GEOJSON",
    "JSON": "JSON",
    "iCalendar": "ICS",
}


def _fr(text: str) -> dict:
    return {"@value": text, "@language": "fr"}


def _iso(value, kind="xsd:dateTime") -> dict | None:
    if value is None:
        return None
    if kind == "xsd:dateTime":
        text = value.isoformat(timespec="seconds")
    else:
        text = value.isoformat()
    return {"@value": text, "@type": kind}


def _distribution(distribution, licence_ref) -> dict:
    return {
        "@id": f"{distribution.url}#distribution",
        "@type": "dcat:Distribution",
        "dct:title": _fr(distribution.title),
        "dcat:accessURL": {"@id": distribution.url},
        "dcat:downloadURL": {"@id": distribution.url},
        "dcat:mediaType": {"@id": IANA_MEDIA_TYPES + distribution.media_type},
        "dct:format": {
            "@id": "http://publications.europa.eu/resource/authority/file-type/"
            + FILE_TYPES[distribution.format]
        },
        "dct:license": licence_ref,
    }


def catalogue(request) -> dict:
    portal = api.portal.get()
    url = portal.absolute_url()
    terms = licence()
    licence_ref = {"@id": terms["url"]}
    publisher = {
        "@id": f"{url}#publisher",
        "@type": "foaf:Organization",
        "foaf:name": "Pôle Patrimoine",
        "foaf:homepage": {"@id": url},
    }
    spatial = {
        "@id": REGION,
        "@type": "dct:Location",
        "dct:title": _fr("Pays de la Loire"),
        "owl:sameAs": {"@id": REGION_GEONAMES},
    }
    items = []
    modified = []
    for dataset in datasets_module.datasets(request):
        item = {
            "@id": f"{dataset.page}#dataset",
            "@type": "dcat:Dataset",
            "dct:identifier": dataset.id,
            "dct:title": _fr(dataset.title),
            "dct:description": _fr(dataset.description),
            "dct:publisher": {"@id": publisher["@id"]},
            "dct:license": licence_ref,
            "dct:language": {"@id": FRENCH},
            "dct:spatial": {"@id": REGION},
            "dcat:landingPage": {"@id": dataset.page},
            "dcat:keyword": [_fr("patrimoine"), _fr("Pays de la Loire")],
            "dct:accrualPeriodicity": {
                "@id": "http://publications.europa.eu/resource/authority/frequency/CONT"
            },
            "dcat:distribution": [
                _distribution(d, licence_ref) for d in dataset.distributions
            ],
        }
        if dataset.modified is not None:
            item["dct:modified"] = _iso(dataset.modified)
            modified.append(dataset.modified)
        if dataset.first is not None:
            item["dct:temporal"] = {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": _iso(dataset.first, "xsd:date"),
                "dcat:endDate": _iso(dataset.last, "xsd:date"),
            }
        items.append(item)
    document = {
        "@context": CONTEXT,
        "@id": f"{url}/@@dcat.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": _fr("Données ouvertes de Pôle Patrimoine"),
        "dct:description": _fr(
            "Les jeux de données du réseau des acteurs du patrimoine culturel des "
            "Pays de la Loire : annuaire des acteurs, projets des territoires, "
            "agenda et chiffres de l'observatoire."
        ),
        "dct:publisher": publisher,
        "dct:license": licence_ref,
        "dct:language": {"@id": FRENCH},
        "dct:spatial": spatial,
        "foaf:homepage": {"@id": f"{url}/donnees-ouvertes"},
        "dcat:dataset": items,
    }
    if modified:
        document["dct:modified"] = _iso(max(modified))
    return document
