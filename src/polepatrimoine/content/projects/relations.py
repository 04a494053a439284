"""The actors a project names, as the current user may see them."""

from plone import api


def visible(relation):
    """The related object when the current user may view it, else None."""
    if relation is None or relation.isBroken():
        return None
    target = relation.to_object
    if target is None or not api.user.has_permission("View", obj=target):
        return None
    return target


def carrier(project):
    return visible(getattr(project, "carrier", None))


def partners(project) -> list:
    found = (visible(r) for r in getattr(project, "partners", None) or ())
    return [actor for actor in found if actor is not None]
