"""The page of an actor: every field, a small map, the contacts."""

from plone import api
from plone.dexterity.browser.view import DefaultView
from polepatrimoine.content.common.links import safe_links
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS


class ActorView(DefaultView):
    def category(self) -> str:
        return dict(ACTOR_CATEGORIES).get(self.context.actor_category, "")

    def department(self) -> str:
        code = self.context.department
        return f"{code} – {dict(DEPARTMENTS).get(code, '')}" if code else ""

    def domains(self) -> list[str]:
        titles = dict(HERITAGE_DOMAINS)
        return [titles.get(t, t) for t in self.context.heritage_domains or []]

    def labels(self) -> list[str]:
        titles = dict(LABELS)
        return [titles.get(t, t) for t in self.context.labels or []]

    def position(self):
        geolocation = getattr(self.context, "geolocation", None)
        latitude = getattr(geolocation, "latitude", None)
        longitude = getattr(geolocation, "longitude", None)
        if latitude is None or longitude is None:
            return None
        return {"latitude": latitude, "longitude": longitude}

    def website(self) -> str | None:
        return safe_url(self.context.website)

    def social_links(self) -> list[str]:
        return safe_links(self.context.social_links)

    def phone_href(self) -> str:
        return "tel:" + "".join(
            c for c in self.context.phone or "" if c.isdigit() or c == "+"
        )

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"
