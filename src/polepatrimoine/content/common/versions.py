"""Earlier versions (CMFEditions) of an object, purged when they hold erased data."""

from plone import api


def _stored(vdata):
    # The storage wraps the copy once or twice depending on the layer read.
    obj = getattr(vdata, "object", vdata)
    return getattr(obj, "object", obj)


def purge_versions(obj, holds=None) -> int:
    """Purge the versions of ``obj`` whose stored copy ``holds(copy)`` says
    hold the data (every version when ``holds`` is None); return how many.

    A purged version keeps its number and date in the history, not its content.
    """
    handler = api.portal.get_tool("portal_historyidhandler")
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = handler.queryUid(obj, None)
    if history_id is None or not storage.isRegistered(history_id):
        return 0
    repository = api.portal.get_tool("portal_repository")
    length = len(storage.getHistory(history_id, countPurged=False))
    purged = 0
    # From the newest: purging shifts the positions of the later versions.
    for selector in reversed(range(length)):
        vdata = storage.retrieve(
            history_id, selector, countPurged=False, substitute=False
        )
        if holds is not None and not holds(_stored(vdata)):
            continue
        with api.env.adopt_roles(["Manager"]):
            repository.purge(
                obj, selector, comment="Données personnelles", countPurged=False
            )
        purged += 1
    return purged
