"""Rate limits per client address: a sliding window, kept in memory per Zope process.

A form or a service that anyone may post to (a registration, later a
newsletter subscription or an offer) counts each client's submissions with
``check(request, name, limit, window)`` and answers ``too_many_requests`` when
the client is over its limit. The client is the address Zope sees
(``request.getClientAddr()``): Zope takes it from ``X-Forwarded-For`` only
when the connection comes from a proxy named by ``trusted-proxy`` in
zope.conf, so a client cannot choose its own key by sending that header.

The counts live in the memory of each Zope process: several processes each
allow ``limit`` submissions per window, and a restart forgets them. That is
enough against one client filling an event; it is no quota.
"""

from collections import deque
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import error_response

import math
import threading
import time


# The clock of every window; tests move it instead of sleeping.
clock = time.monotonic
# Beyond this many clients in one limiter, the idle ones are forgotten first.
MAX_KEYS = 10000


class Limiter:
    """At most ``limit`` hits per ``window`` seconds for each key."""

    def __init__(self):
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def hit(self, key: str, limit: int, window: float) -> int:
        """Count one hit of key; return 0, or the seconds to wait when refused.

        A refused hit is not counted: a client that keeps trying is let in
        again as soon as its oldest counted hit leaves the window.
        """
        now = clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                if len(self._hits) >= MAX_KEYS:
                    self._forget_idle(now, window)
                hits = self._hits[key] = deque()
            while hits and hits[0] <= now - window:
                hits.popleft()
            if len(hits) >= limit:
                return max(1, math.ceil(hits[0] + window - now))
            hits.append(now)
            return 0

    def _forget_idle(self, now: float, window: float) -> None:
        for key in [k for k, h in self._hits.items() if not h or h[-1] <= now - window]:
            del self._hits[key]

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


_limiters: dict[str, Limiter] = {}
_guard = threading.Lock()


def limiter(name: str) -> Limiter:
    with _guard:
        return _limiters.setdefault(name, Limiter())


def client_address(request) -> str:
    """The client's address as Zope sees it (trusted proxies applied)."""
    return request.getClientAddr() or ""


def check(request, name: str, limit: int, window: float) -> int:
    """Count one submission of the request's client to ``name``.

    Return 0 when allowed, else the seconds before the client may try again.
    A limit of 0 or less turns the limiter off.
    """
    if limit <= 0:
        return 0
    return limiter(name).hit(client_address(request), limit, window)


def refusal_message(retry_after: int):
    minutes = max(1, math.ceil(retry_after / 60))
    return _(
        "Too many requests from your connection: please try again in ${minutes} "
        "minute(s).",
        mapping={"minutes": minutes},
    )


def too_many_requests(request, retry_after: int) -> dict:
    """A REST 429 with ``Retry-After`` and a French error body."""
    request.response.setHeader("Retry-After", str(retry_after))
    return error_response(
        request, 429, refusal_message(retry_after), type_="TooManyRequests"
    )


def reset() -> None:
    """Forget every count (tests; each test starts with fresh limits)."""
    with _guard:
        limiters = list(_limiters.values())
    for each in limiters:
        each.reset()
