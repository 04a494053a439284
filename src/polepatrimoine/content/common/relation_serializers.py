"""REST reads of relation fields: only the targets the reader may see.

plone.restapi serializes a relation's target (its title, its description) whatever
the reader's permissions: a project carried by a pending actor, a page whose
related items include a private document, would name them to any visitor. Bound
to every Dexterity item of the site (relations.zcml).
"""

from plone.restapi.serializer.relationfield import RelationChoiceFieldSerializer
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from polepatrimoine.content.common.relations import visible


class VisibleRelationChoiceSerializer(RelationChoiceFieldSerializer):
    def get_value(self, default=None):
        value = super().get_value(default)
        if value is None or value is default:
            return value
        return value if visible(value) is not None else None


class VisibleRelationListSerializer(RelationListFieldSerializer):
    def get_value(self, default=None):
        return [r for r in super().get_value(default) or [] if visible(r) is not None]
