"""The viewlet writing an actor's or an event's schema.org JSON-LD in the page head."""

from plone.app.layout.viewlets import ViewletBase
from polepatrimoine.content.common.jsonld import dumps
from polepatrimoine.content.common.public import is_public
from polepatrimoine.content.opendata import schemaorg


class StructuredData(ViewletBase):
    build = None

    def render(self) -> str:
        # No JSON-LD of an item anonymous visitors may not see.
        if not is_public(self.context):
            return ""
        data = self.build(self.context)
        return f'<script type="application/ld+json">{dumps(data)}</script>'


class ActorData(StructuredData):
    build = staticmethod(schemaorg.organization)


class EventData(StructuredData):
    build = staticmethod(schemaorg.event)
