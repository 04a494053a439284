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
