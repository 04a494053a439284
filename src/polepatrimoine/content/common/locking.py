"""One writer at a time per call, inside one Zope process.

Thirty applications sent to one call at the same moment all add to the same
folder and the same catalog buckets; Zope retries a conflicting request three
times, which a burst like that can exhaust. Writes to one call take this lock
until their transaction ends (commit or abort), so they queue instead of
conflicting. Other processes (ZEO, RelStorage) still rely on Zope's retries.
"""

from collections import defaultdict

import threading
import transaction


TIMEOUT = 60
_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
_guard = threading.Lock()


def _lock_for(key: str) -> threading.Lock:
    with _guard:
        return _locks[key]


def hold_until_transaction_end(call) -> None:
    """Take the call's lock, then continue in a fresh transaction."""
    lock = _lock_for(call.UID())
    if not lock.acquire(timeout=TIMEOUT):
        return  # proceed unserialised: Zope's conflict retries still apply
    # The request's transaction began before the wait: start a fresh one,
    # which sees what the writers before us committed. Nothing was written
    # yet (the caller takes the lock before any change).
    note = transaction.get().description
    transaction.begin()
    transaction.get().note(note)
    released = []

    def release(*args) -> None:
        if not released:
            released.append(True)
            lock.release()

    txn = transaction.get()
    txn.addAfterCommitHook(release)
    txn.addAfterAbortHook(release)
