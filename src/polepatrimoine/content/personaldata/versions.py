"""Erasing a person from the CMFEditions history of an object (its earlier versions)."""

from plone import api

import time


def _principal(storage, history_id, selector) -> str | None:
    entry = storage.getHistoryMetadata(history_id).retrieve(selector, False) or {}
    return (entry.get("metadata") or {}).get("sys_metadata", {}).get("principal")


def forget_versions(obj, holds) -> int:
    """Purge the versions of ``obj`` that ``holds(version_object, principal)``
    says carry the person (in their stored copy, or as who saved them); the
    other versions and the object itself stay. Returns how many went.

    A purged version keeps its number and « Effacé (RGPD) » in the history,
    without its data, its author or its comment (``portal_historiesstorage.purge``).
    """
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(obj)
    if history_id is None or not storage.isRegistered(history_id):
        return 0
    purged = 0
    selector = 0
    history = storage.getHistoryMetadata(history_id)
    while selector < history.getLength(countPurged=False):
        version = storage.retrieve(history_id, selector, countPurged=False)
        principal = _principal(storage, history_id, selector)
        if holds(version.object.object, principal):
            storage.purge(
                history_id,
                selector,
                metadata={
                    "sys_metadata": {
                        "comment": "Effacé (RGPD)",
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
