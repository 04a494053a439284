"""The projects a working group links to, on its public page."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from polepatrimoine.content.projects.behaviors import IProjectLinks
from polepatrimoine.content.projects.geojson import KIND_TITLES

import Missing


def linked_uids(context) -> list[str]:
    relations = getattr(IProjectLinks(context, None), "projects", None) or ()
    uids = []
    for relation in relations:
        target = None if relation.isBroken() else relation.to_object
        if target is not None:
            uids.append(target.UID())
    return uids


class LinkedProjectsViewlet(ViewletBase):
    # The group's public page only, not its private space or forms.
    pages = ("view", "")

    def update(self):
        super().update()
        self.projects = []
        if getattr(self.view, "__name__", "") not in self.pages:
            return
        uids = linked_uids(self.context)
        if not uids:
            return
        # The catalog answers with what this visitor may see.
        brains = api.portal.get_tool("portal_catalog").searchResults(
            UID=uids, portal_type="Project", sort_on="sortable_title"
        )
        for brain in brains:
            kind = brain.project_kind
            self.projects.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "kind": KIND_TITLES.get("" if kind is Missing.Value else kind, ""),
                }
            )
