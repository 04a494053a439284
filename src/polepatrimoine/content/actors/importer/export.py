"""Export: one row per actor, one column per field; lists are joined with `` | ``.

Written by the common CSV writer (UTF-8 with a BOM, ``;``, formula guard)."""

from collections.abc import Iterable
from plone import api
from polepatrimoine.content.actors.importer.columns import COLUMNS
from polepatrimoine.content.actors.importer.columns import INFORMATIVE
from polepatrimoine.content.actors.importer.columns import LIST_SEPARATOR
from polepatrimoine.content.common.csv_export import write_csv
from polepatrimoine.content.common.links import safe_links
from polepatrimoine.content.common.validators import safe_url


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


def export_csv(actors: Iterable, separator: str = ";") -> bytes:
    columns = COLUMNS + INFORMATIVE
    rows = ([row[name] for name in columns] for row in map(actor_row, actors))
    return write_csv(columns, rows, separator=separator)
