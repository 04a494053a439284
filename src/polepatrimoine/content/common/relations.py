"""Relations as the catalog holds them: the UID of the related object."""


def relation_uid(relation):
    """The UID of a relation's target; None for no relation or a broken one."""
    if relation is None or relation.isBroken():
        return None
    return relation.to_object.UID() if relation.to_object is not None else None
