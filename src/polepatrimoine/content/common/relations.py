"""Relations as the catalog and REST hold them: the target's UID, and the target the reader may see."""

from plone import api


def relation_uid(relation):
    """The UID of a relation's target; None for no relation or a broken one."""
    if relation is None or relation.isBroken():
        return None
    return relation.to_object.UID() if relation.to_object is not None else None


def visible(relation):
    """The related object when the current user may view it, else None."""
    if relation is None or relation.isBroken():
        return None
    target = relation.to_object
    if target is None or not api.user.has_permission("View", obj=target):
        return None
    return target
