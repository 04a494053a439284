"""What anonymous visitors may see: listings, maps and JSON-LD name only that."""

from AccessControl.PermissionRole import rolesForPermissionOn


def is_public(obj) -> bool:
    """Whether an anonymous visitor may view obj."""
    return "Anonymous" in rolesForPermissionOn("View", obj)


def public_target(relation):
    """A relation's target when anonymous visitors may see it, else None."""
    if relation is None or relation.isBroken():
        return None
    target = relation.to_object
    return target if target is not None and is_public(target) else None


def public_title(relation) -> str:
    """The title of a relation's target for whoever sees the item holding it: a
    target still pending stays unnamed until it is published."""
    target = public_target(relation)
    return target.Title() if target is not None else ""
