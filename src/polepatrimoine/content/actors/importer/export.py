"""Export: one row per actor, one column per field; lists are joined with `` | ``.

Two styles: ``tokens`` (field names, vocabulary tokens, decimal points: for
programs) and ``fr`` (the form's labels as headers, French titles of coded
values, decimal commas: for a spreadsheet). The import reads both back.
Written by the common CSV writer (UTF-8 with a BOM, ``;``, formula guard)."""

from collections.abc import Iterable
from plone import api
from polepatrimoine.content.actors.importer.columns import COLUMNS
from polepatrimoine.content.actors.importer.columns import INFORMATIVE
from polepatrimoine.content.actors.importer.columns import LIST_SEPARATOR
from polepatrimoine.content.actors.importer.columns import french_headers
from polepatrimoine.content.actors.importer.columns import in_french
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.links import safe_links
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.common.workflow import state_message
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS
from polepatrimoine.content.vocabularies import WELCOMES_YOUNG


STYLES = ("tokens", "fr")
# Coded columns of the French style: each token written as its French title.
TITLES = {
    "actor_category": dict(ACTOR_CATEGORIES),
    "heritage_domains": dict(HERITAGE_DOMAINS),
    # As the actor's page shows it: « 44 – Loire-Atlantique ».
    "department": {code: f"{code} – {name}" for code, name in DEPARTMENTS},
    "labels": dict(LABELS),
    "welcomes_young": dict(WELCOMES_YOUNG),
}


def _join(values) -> str:
    return LIST_SEPARATOR.join(values or [])


def _number(value) -> str:
    return "" if value is None else repr(float(value))


def actor_row(actor) -> dict:
    geolocation = getattr(actor, "geolocation", None)
    return {
        "UID": actor.UID(),
        "title": actor.title or "",
        "description": actor.description or "",
        "actor_category": actor.actor_category or "",
        "heritage_domains": _join(actor.heritage_domains),
        "department": actor.department or "",
        "street": actor.street or "",
        "zip_code": actor.zip_code or "",
        "city": actor.city or "",
        "latitude": _number(getattr(geolocation, "latitude", None)),
        "longitude": _number(getattr(geolocation, "longitude", None)),
        "email": actor.email or "",
        "phone": actor.phone or "",
        # A link stored before the rule is left out: other tools make links of
        # these columns, and the import would refuse it.
        "website": safe_url(actor.website) or "",
        "social_links": _join(safe_links(actor.social_links)),
        "labels": _join(actor.labels),
        "is_member": "oui" if actor.is_member else "non",
        "member_since": "" if actor.member_since is None else str(actor.member_since),
        "siret": actor.siret or "",
        "welcomes_young": _join(getattr(actor, "welcomes_young", None)),
        "review_state": api.content.get_state(actor, default=""),
        "url": actor.absolute_url(),
    }


def in_words(row: dict, state_titles: dict) -> dict:
    """A row of tokens in the French style."""
    row = dict(row)
    for name, titles in TITLES.items():
        tokens = [t for t in row[name].split(LIST_SEPARATOR) if t]
        # A token no longer in the vocabulary stays as stored: the import
        # then names it, rather than the export losing it.
        row[name] = _join(titles.get(token, token) for token in tokens)
    for name in ("latitude", "longitude"):
        row[name] = row[name].replace(".", ",")
    state = row["review_state"]
    if state not in state_titles:
        state_titles[state] = in_french(state_message(state, "Actor")) if state else ""
    row["review_state"] = state_titles[state]
    return row


def export_csv(actors: Iterable, separator: str = ";", style: str = "tokens") -> bytes:
    columns = COLUMNS + INFORMATIVE
    rows = map(actor_row, actors)
    header = columns
    if style == "fr":
        labels = french_headers()
        header = [labels[name] for name in columns]
        state_titles = {}
        rows = (in_words(row, state_titles) for row in rows)
    lines = ([row[name] for name in columns] for row in rows)
    return write_csv(header, lines, separator=separator, decimal_comma=style == "fr")
