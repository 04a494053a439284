"""The page of a project: its fields, its actors, a small map, the contact."""

from plone import api
from plone.dexterity.browser.view import DefaultView
from polepatrimoine.content.projects import relations
from polepatrimoine.content.projects.vocabularies import PROJECT_KINDS
from polepatrimoine.content.projects.vocabularies import PROJECT_STATUSES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS


def link(obj) -> dict:
    return {"title": obj.Title(), "url": obj.absolute_url()}


class ProjectView(DefaultView):
    def kind(self) -> str:
        return dict(PROJECT_KINDS).get(self.context.kind, "")

    def status(self) -> str:
        return dict(PROJECT_STATUSES).get(self.context.status, "")

    def domains(self) -> list[str]:
        titles = dict(HERITAGE_DOMAINS)
        return [titles.get(t, t) for t in self.context.heritage_domains or []]

    def departments(self) -> list[str]:
        titles = dict(DEPARTMENTS)
        return [f"{c} – {titles.get(c, '')}" for c in self.context.departments or []]

    def period(self) -> str:
        start, end = self.context.start, self.context.end
        if start and end:
            return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
        if start:
            return f"{start:%d/%m/%Y} –"
        return f"– {end:%d/%m/%Y}" if end else ""

    def carrier(self) -> dict | None:
        actor = relations.carrier(self.context)
        return link(actor) if actor is not None else None

    def partners(self) -> list[dict]:
        return [link(actor) for actor in relations.partners(self.context)]

    def contact_email(self) -> str | None:
        """The address, for those who may read it (never visitors)."""
        if not api.user.has_permission(
            "polepatrimoine: View project contact", obj=self.context
        ):
            return None
        return self.context.contact_email or None

    def has_hidden_contact(self) -> bool:
        return bool(self.context.contact_email) and self.contact_email() is None

    def login_url(self) -> str:
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/login?came_from={self.context.absolute_url()}"

    def position(self):
        geolocation = getattr(self.context, "geolocation", None)
        latitude = getattr(geolocation, "latitude", None)
        longitude = getattr(geolocation, "longitude", None)
        if latitude is None or longitude is None:
            return None
        return {"latitude": latitude, "longitude": longitude}

    def map_settings(self) -> dict:
        return {
            "tile_url": api.portal.get_registry_record("polepatrimoine.map.tile_url"),
            "attribution": api.portal.get_registry_record(
                "polepatrimoine.map.tile_attribution"
            ),
        }

    def static(self) -> str:
        return f"{api.portal.get().absolute_url()}/++plone++polepatrimoine.content"
