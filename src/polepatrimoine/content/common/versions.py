"""Earlier versions (CMFEditions) of an object, purged when they hold erased data."""

from plone import api

import time


PURGED_COMMENT = "Effacé (RGPD)"


def _stored(vdata):
    # The storage wraps the copy once or twice depending on the layer read.
    obj = getattr(vdata, "object", vdata)
    return getattr(obj, "object", obj)


def _principal(storage, history_id, selector) -> str | None:
    entry = storage.getHistoryMetadata(history_id).retrieve(selector, False) or {}
    return (entry.get("metadata") or {}).get("sys_metadata", {}).get("principal")


def purge_versions(obj, holds=None, by=frozenset()) -> int:
    """Purge the versions of ``obj`` whose stored copy ``holds(copy)`` says
    hold the data, or that one of ``by`` (user ids, logins) saved; every
    version when neither is given. Returns how many went.

    A purged version keeps its number and « Effacé (RGPD) » in the history,
    without its data, its author or its comment: who saved it is personal
    data too. The other versions and the object itself stay.
    """
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(obj, None)
    if history_id is None or not storage.isRegistered(history_id):
        return 0
    everything = holds is None and not by
    history = storage.getHistoryMetadata(history_id)
    purged = 0
    selector = 0
    # Purging shifts the later versions down: the same selector is read again.
    while selector < history.getLength(countPurged=False):
        version = storage.retrieve(
            history_id, selector, countPurged=False, substitute=False
        )
        if (
            everything
            or _principal(storage, history_id, selector) in by
            or (holds is not None and holds(_stored(version)))
        ):
            storage.purge(
                history_id,
                selector,
                metadata={
                    "sys_metadata": {
                        "comment": PURGED_COMMENT,
                        "principal": "",
                        "timestamp": int(time.time()),
                        "originator": None,
                    }
                },
                countPurged=False,
            )
            purged += 1
        else:
            selector += 1
    return purged


def saved_by(names: set) -> list:
    """The objects with a version saved by one of ``names`` (a user id, a login):
    CMFEditions records who saved each version, also on content the person
    edited without creating it."""
    storage = api.portal.get_tool("portal_historiesstorage")
    handler = api.portal.get_tool("portal_historyidhandler")
    shadow = storage._getShadowStorage()
    found = []
    for history_id in list(shadow._storage.keys()):
        history = shadow.getHistory(history_id)
        for selector in range(history.getLength(countPurged=False)):
            if _principal(storage, history_id, selector) in names:
                obj = handler.unrestrictedQueryObject(history_id)
                if obj is not None:
                    found.append(obj)
                break
    return found
