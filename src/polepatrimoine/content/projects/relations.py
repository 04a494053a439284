"""The actors a project names, as the current user may see them."""

from polepatrimoine.content.common.relations import visible


def carrier(project):
    return visible(getattr(project, "carrier", None))


def partners(project) -> list:
    found = (visible(r) for r in getattr(project, "partners", None) or ())
    return [actor for actor in found if actor is not None]
