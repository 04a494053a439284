"""REST reads of relations to actors: only those the reader may see.

plone.restapi serializes a relation's target whatever the reader's permissions:
a project carried by a pending actor would give that actor's title and address
to any visitor. Bound to projects, events (the organiser of a workshop) and
what links projects (working groups).
"""

from plone.restapi.serializer.relationfield import RelationChoiceFieldSerializer
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from polepatrimoine.content.projects.relations import visible


class VisibleRelationChoiceSerializer(RelationChoiceFieldSerializer):
    def get_value(self, default=None):
        value = super().get_value(default)
        if value is None or value is default:
            return value
        return value if visible(value) is not None else None


class VisibleRelationListSerializer(RelationListFieldSerializer):
    def get_value(self, default=None):
        return [r for r in super().get_value(default) or [] if visible(r) is not None]
