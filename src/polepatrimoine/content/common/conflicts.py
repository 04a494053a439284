"""Log each request that Zope retries after a conflict, so that conflicts can be counted."""

from polepatrimoine.content import logger
from ZODB.POSException import ConflictError


# Zope retries a conflicting request silently; one line per retry lets an
# administrator (and make bench-load) count them in the event log.
def log_retried_conflict(event) -> None:
    if not event.retry:
        return
    error = event.exc_info[1] if event.exc_info else None
    if isinstance(error, ConflictError):
        logger.info(
            "ConflictError retried: %s %s",
            event.request.get("REQUEST_METHOD", ""),
            event.request.get("ACTUAL_URL", ""),
        )
