"""The viewlet of an actor's page: the published news that mention the actor."""

from plone.app.layout.viewlets import ViewletBase
from polepatrimoine.content.news import search


MAX_NEWS = 10


class ActorNewsViewlet(ViewletBase):
    """Read from the catalog only (the ``related_actors`` index)."""

    def update(self):
        super().update()
        portal = self.portal_state.portal()
        self.items = [
            search.item(brain, {})
            for brain in search.api.content.find(
                **{
                    **search.query(portal, {}),
                    "related_actors": self.context.UID(),
                    "sort_limit": MAX_NEWS,
                }
            )[:MAX_NEWS]
        ]
