"""Demo actors: created published (the initiators first), one pending, one retired."""

from plone import api
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.policy.demo.actors_data import INITIATORS
from polepatrimoine.policy.demo.actors_data import OTHERS
from polepatrimoine.policy.demo.actors_data import PENDING
from polepatrimoine.policy.demo.actors_data import RETIRED

import unicodedata


def siret_from(base: str) -> str:
    """A SIRET with a valid check digit (Luhn), from 13 leading digits."""
    from polepatrimoine.content.actors.validation import luhn_ok

    stem = base[:13]
    return next(stem + str(d) for d in range(10) if luhn_ok(stem + str(d)))


def create_actor(container, spec: dict, state: str):
    values = dict(spec)
    position = values.pop("position")
    base = values.pop("siret_base", None)
    actor = api.content.create(container=container, type="Actor", **values)
    slug = unicodedata.normalize("NFKD", values["title"].lower())
    slug = "".join(c for c in slug if c.isascii() and c.isalnum())[:24]
    actor.email = f"contact@{slug}.example.org"
    actor.phone = "02 00 00 00 00"
    if base:
        actor.siret = siret_from(base)
    if position:
        actor.geolocation = Geolocation(*position)
    actor.reindexObject()
    if state != "pending":
        api.content.transition(obj=actor, to_state=state)
    return actor


def create(portal) -> None:
    container = portal["acteurs"]
    existing = {brain.Title for brain in api.content.find(portal_type="Actor")}
    for spec, state in (
        *((s, "published") for s in INITIATORS + OTHERS),
        (PENDING, "pending"),
        (RETIRED, "retired"),
    ):
        if spec["title"] not in existing:
            create_actor(container, spec, state)
