"""The columns of the actors CSV: names, French header labels, and folding."""

from zope.i18n import translate

import unicodedata


COLUMNS = (
    "UID",
    "title",
    "description",
    "actor_category",
    "heritage_domains",
    "department",
    "street",
    "zip_code",
    "city",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "social_links",
    "labels",
    "is_member",
    "member_since",
    "siret",
    "welcomes_young",
)
# Written by the export for information, ignored by the import.
INFORMATIVE = ("review_state", "url")
LIST_SEPARATOR = " | "

FRENCH_HEADERS = {
    "identifiant": "UID",
    "uid": "UID",
    "nom": "title",
    "titre": "title",
    "description": "description",
    "categorie": "actor_category",
    "domaines": "heritage_domains",
    "domaines patrimoniaux": "heritage_domains",
    "departement": "department",
    "adresse": "street",
    "rue": "street",
    "code postal": "zip_code",
    "commune": "city",
    "ville": "city",
    "latitude": "latitude",
    "longitude": "longitude",
    "courriel": "email",
    "e-mail": "email",
    "email": "email",
    "telephone": "phone",
    "site web": "website",
    "site internet": "website",
    "reseaux sociaux": "social_links",
    "labels": "labels",
    "adherent": "is_member",
    "adherent depuis": "member_since",
    "siret": "siret",
    "accueil jeunes": "welcomes_young",
    "accueille des jeunes": "welcomes_young",
    "etat": "review_state",
    "adresse web": "url",
}


def fold(text: str) -> str:
    """Lower case without accents: how headers and titles are matched."""
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def in_french(message) -> str:
    """A message of the import's report, in French whatever the request."""
    return translate(message, target_language="fr")
