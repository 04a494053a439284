"""REST reads of the related actors: only those the reader may see."""

from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.relationfield import RelationListFieldSerializer
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.news.behavior import INewsWatch
from Products.CMFCore.utils import getToolByName
from z3c.relationfield.interfaces import IRelationList
from zope.component import adapter
from zope.interface import implementer


@adapter(IRelationList, INewsWatch, IBrowserLayer)
@implementer(IFieldSerializer)
class VisibleRelationsSerializer(RelationListFieldSerializer):
    """plone.restapi summarises every target, a pending actor's title included."""

    def get_value(self, default=None):
        value = super().get_value(default)
        membership = getToolByName(self.context, "portal_membership")
        return [
            relation
            for relation in value or []
            if membership.checkPermission("View", relation.to_object)
        ]
