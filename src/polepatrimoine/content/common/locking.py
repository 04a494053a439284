"""One writer at a time per object (a call, an event), inside one Zope process and across them.

Thirty applications sent to one call, or thirty registrations to one event,
at the same moment all write to the same folder or annotation; Zope retries a
conflicting request three times, which a burst like that can exhaust. Writes
that decide on one object take its lock until their transaction ends (commit
or abort), so they queue instead of conflicting.

On RelStorage (several Zope processes on one PostgreSQL database) the lock is
also a PostgreSQL advisory lock on the object's UID, taken after the process's
own lock: without it, two processes would each decide on what they saw (two
acceptances of the last place touch different objects, so ZODB sees no
conflict), or exhaust their retries in a burst of registrations. Other storages
(FileStorage is one process; ZEO) rely on ZODB conflicts and Zope's retries.
"""

from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from plone.uuid.interfaces import IUUID

import hashlib
import logging
import threading
import transaction


logger = logging.getLogger(__name__)


TIMEOUT = 60
_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)
_guard = threading.Lock()


def _lock_for(obj) -> threading.Lock:
    key = IUUID(obj)
    with _guard:
        return _locks[key]


class _DatabaseLocks(threading.local):
    """One PostgreSQL connection per thread and DSN, for advisory locks only.

    Session-level locks on an autocommit connection: they outlive the ZODB
    transaction's own connections and vanish with the process if it dies.
    """

    def __init__(self):
        self.connections = {}

    def connection(self, dsn):
        connection = self.connections.get(dsn)
        if connection is None or connection.closed:
            import psycopg2

            connection = psycopg2.connect(dsn)
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {TIMEOUT * 1000}")
            self.connections[dsn] = connection
        return connection


_database_locks = _DatabaseLocks()


def _postgresql_dsn(obj) -> str | None:
    """The DSN of the RelStorage PostgreSQL database holding ``obj``, if it is one."""
    jar = getattr(obj, "_p_jar", None)
    if jar is None:
        return None
    adapter = getattr(jar.db().storage, "_adapter", None)
    if type(adapter).__name__ != "PostgreSQLAdapter":
        return None
    return getattr(adapter, "_dsn", None)


def _lock_key(obj) -> int:
    digest = hashlib.blake2b(IUUID(obj).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _hold_in_database(obj) -> Callable[[], None] | None:
    """Take the object's advisory lock in its PostgreSQL database; return its release."""
    dsn = _postgresql_dsn(obj)
    if dsn is None:
        return None
    key = _lock_key(obj)
    try:
        connection = _database_locks.connection(dsn)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", (key,))
    except Exception:
        # Unserialised across processes for this request: ZODB conflicts apply.
        logger.warning("No PostgreSQL lock for %s", IUUID(obj), exc_info=True)
        _database_locks.connections.pop(dsn, None)
        return None

    def release() -> None:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", (key,))
        except Exception:
            # A broken connection released its locks with it.
            _database_locks.connections.pop(dsn, None)
            connection.close()

    return release


def hold_until_transaction_end(obj) -> Callable[[], None]:
    """Take the object's lock, then continue in a fresh transaction.

    Return the (idempotent) release, also called when the transaction ends.
    """
    lock = _lock_for(obj)
    if not lock.acquire(timeout=TIMEOUT):
        return lambda *args: None  # unserialised: ZODB conflicts still apply
    release_database = _hold_in_database(obj)
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
            if release_database is not None:
                release_database()
            lock.release()

    txn.addAfterCommitHook(release)
    txn.addAfterAbortHook(release)
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
