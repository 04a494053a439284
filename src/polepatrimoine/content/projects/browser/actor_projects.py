"""The projects an actor carries or joins, on its page: read from the catalog only."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.content.projects.geojson import KIND_TITLES

import Missing


def actor_projects(uid: str) -> list[dict]:
    """The projects the current user may see whose carrier or partner is uid."""
    catalog = api.portal.get_tool("portal_catalog")
    found = {}
    for role, index in (
        ("carrier", "project_carrier"),
        ("partner", "project_partners"),
    ):
        for brain in catalog.searchResults(
            portal_type="Project", **{index: uid}, sort_on="sortable_title"
        ):
            kind = brain.project_kind
            found.setdefault(
                brain.UID,
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "kind": KIND_TITLES.get(
                        kind if kind is not Missing.Value else "", ""
                    ),
                    "year": brain.project_year
                    if brain.project_year is not Missing.Value
                    else None,
                    "role": role,
                },
            )
    return sorted(found.values(), key=lambda p: (p["role"], p["title"].lower()))


class ActorProjectsViewlet(ViewletBase):
    def update(self):
        super().update()
        self.projects = actor_projects(self.context.UID())
        self.carried = [p for p in self.projects if p["role"] == "carrier"]
        self.joined = [p for p in self.projects if p["role"] == "partner"]
