"""One writer at a time per object (a call, an event), inside one Zope process.

Thirty applications sent to one call, or thirty registrations to one event,
at the same moment all write to the same folder or annotation; Zope retries a
conflicting request three times, which a burst like that can exhaust. Writes
that decide on one object take its lock until their transaction ends (commit
or abort), so they queue instead of conflicting. Other processes (ZEO,
RelStorage) still rely on ZODB conflicts and Zope's retries.
"""

from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from plone.uuid.interfaces import IUUID

import threading
import transaction


TIMEOUT = 60
_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
_guard = threading.Lock()


def _lock_for(obj) -> threading.Lock:
    key = IUUID(obj)
    with _guard:
        return _locks[key]


def _held(txn) -> set:
    """Keys of the locks the transaction holds."""
    try:
        return txn.data(_locks)
    except KeyError:
        keys = set()
        txn.set_data(_locks, keys)
        return keys


def holds(obj) -> bool:
    """The current transaction already holds the object's lock."""
    return IUUID(obj) in _held(transaction.get())


def hold_until_transaction_end(obj) -> Callable[[], None]:
    """Take the object's lock, then continue in a fresh transaction.

    Return the (idempotent) release, also called when the transaction ends.
    A transaction that already holds the lock keeps it and its changes.
    """
    if holds(obj):
        return lambda *args: None
    lock = _lock_for(obj)
    if not lock.acquire(timeout=TIMEOUT):
        return lambda *args: None  # unserialised: ZODB conflicts still apply
    # The request's transaction began before the wait: start a fresh one,
    # which sees what the writers before us committed. Nothing was written
    # yet (the caller takes the lock before any change).
    current = transaction.get()
    user, description = current.user, current.description
    txn = transaction.begin()
    txn.user, txn.description = user, description
    released = []

    def release(*args) -> None:
        if not released:
            released.append(True)
            lock.release()

    txn.addAfterCommitHook(release)
    txn.addAfterAbortHook(release)
    _held(txn).add(IUUID(obj))
    return release


@contextmanager
def serialized(obj):
    """Decide on the object alone, on fresh data, and commit.

    A ConflictError raised by the commit (another Zope process decided on
    the same object) propagates: Zope retries the whole request.
    """
    release = hold_until_transaction_end(obj)
    try:
        try:
            yield
        except BaseException:
            transaction.abort()
            raise
        transaction.commit()
    finally:
        release()
