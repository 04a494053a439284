"""Reading the actors' CSV exports in the tests, and French headers of the columns."""

import csv
import io


# The labels of the actor form, as the French style heads its columns.
FR = {
    "UID": "Identifiant",
    "title": "Titre",
    "description": "Description",
    "actor_category": "Catégorie",
    "heritage_domains": "Domaines patrimoniaux",
    "department": "Département",
    "street": "Adresse (rue)",
    "zip_code": "Code postal",
    "city": "Commune",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "email": "Courriel",
    "phone": "Téléphone",
    "website": "Site web",
    "social_links": "Réseaux sociaux",
    "labels": "Labels",
    "is_member": "Adhérent de Pôle Patrimoine",
    "member_since": "Adhérent depuis (année)",
    "siret": "Numéro SIRET",
    "welcomes_young": "Accueille des jeunes",
    "review_state": "État",
    "url": "Adresse web",
}


def rows(response, separator=";") -> list[dict]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=separator))


def header(response, separator=";") -> list[str]:
    text = response.content.decode("utf-8")
    return next(csv.reader(io.StringIO(text[1:]), delimiter=separator))


def stored(client, url) -> dict:
    """What the site stores of an actor, as its REST GET gives it."""
    data = client.get(url).json()
    names = [n for n in FR if n not in ("UID", "review_state", "url")]
    values = {n: data.get(n) for n in names if n not in ("latitude", "longitude")}
    values["geolocation"] = data.get("geolocation")
    values["review_state"] = data["review_state"]
    return values
