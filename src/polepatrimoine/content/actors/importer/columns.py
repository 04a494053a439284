"""The columns of the actors CSV: names, French header labels, and folding."""

from polepatrimoine.content import _
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


def _label_messages() -> dict:
    """Each column's label: its field's title on the actor form, so that a
    spreadsheet's headers read as the form does (imported late: the schema
    module imports the importer's neighbours)."""
    from plone.app.dexterity.behaviors.metadata import IBasic
    from polepatrimoine.content.actors.actor import IActor
    from polepatrimoine.content.actors.welcomes_young import IWelcomesYoung

    labels = {"UID": _("Identifier")}
    labels.update({name: IBasic[name].title for name in ("title", "description")})
    for name in COLUMNS[3:]:
        if name in IActor:
            labels[name] = IActor[name].title
    labels["welcomes_young"] = IWelcomesYoung["welcomes_young"].title
    labels["latitude"] = _("Latitude")
    labels["longitude"] = _("Longitude")
    labels["review_state"] = _("State")
    labels["url"] = _("Web address")
    return labels


def french_headers() -> dict[str, str]:
    """Column name → the French header the export writes in the French style."""
    return {name: in_french(label) for name, label in _label_messages().items()}


def header_lookup() -> dict[str, str]:
    """Folded header → column name: the names themselves, the form's labels in
    French and in English, and the short French names of earlier files."""
    table = dict(FRENCH_HEADERS)
    for name, label in _label_messages().items():
        table[fold(name)] = name
        table[fold(getattr(label, "default", None) or str(label))] = name
        table[fold(in_french(label))] = name
    return table
