"""The viewlet of an actor's page: the published news that mention the actor."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from polepatrimoine.content.news import search


MAX_NEWS = 10


class ActorNewsViewlet(ViewletBase):
    """Read from the catalog only (the ``related_actors`` index)."""

    def update(self):
        super().update()
        query = search.query(self.portal_state.portal(), {})
        brains = api.content.find(
            **query, related_actors=self.context.UID(), sort_limit=MAX_NEWS
        )
        self.items = [search.item(brain, {}) for brain in brains[:MAX_NEWS]]
