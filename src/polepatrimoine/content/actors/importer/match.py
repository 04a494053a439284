"""Import, second step: which existing actor each row updates, and how a row's
values are written to an actor."""

from plone import api
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.content import _
from polepatrimoine.content.actors.importer.columns import COLUMNS
from polepatrimoine.content.actors.importer.columns import in_french
from polepatrimoine.content.common.geojson import metadata_rows


def find_targets(rows: list) -> None:
    """UID, else SIRET, else the same title in the same city.

    The directory's identifiers, titles and cities are read once from the
    catalog's metadata records (no brain made), not searched once per row.
    """
    catalog = api.portal.get_tool("portal_catalog")
    uids, by_title_city = set(), {}
    everyone = catalog.unrestrictedSearchResults(portal_type="Actor")
    for record in metadata_rows(everyone, ("UID", "Title", "city")):
        uids.add(record.UID)
        by_title_city.setdefault((record.Title, record.city), record.UID)
    for row in rows:
        if row.errors:
            continue
        values = row.values
        if values.get("UID"):
            if values["UID"] in uids:
                row.target_uid = values["UID"]
            else:
                problem = in_french(_("No actor has this identifier."))
                row.errors.append(row.error("UID", problem))
            continue
        if values.get("siret"):
            brains = catalog.unrestrictedSearchResults(
                portal_type="Actor", siret=values["siret"]
            )
            if brains:
                row.target_uid = brains[0].UID
                continue
        row.target_uid = by_title_city.get((values.get("title"), values.get("city")))


def apply_values(actor, values: dict) -> None:
    for name in COLUMNS:
        if name in ("UID", "latitude", "longitude") or name not in values:
            continue
        value = values[name]
        if name in ("heritage_domains", "social_links", "labels", "welcomes_young"):
            value = value or []
        setattr(actor, name, value)
    if "latitude" in values or "longitude" in values:
        latitude, longitude = values.get("latitude"), values.get("longitude")
        actor.geolocation = (
            None if latitude is None else Geolocation(latitude, longitude)
        )
