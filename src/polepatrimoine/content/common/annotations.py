"""Data kept in an object's annotations (registrations, rosters, join requests)."""

from zope.annotation.interfaces import IAnnotations


def stored(obj, key: str, factory, create: bool = False):
    """The annotation of obj under key; made with factory when create is true and
    there is none yet, else None."""
    annotations = IAnnotations(obj)
    value = annotations.get(key)
    if value is None and create:
        value = annotations[key] = factory()
    return value
