"""ETag components of the suite's caching rules."""

from plone.app.caching.interfaces import IETagValue
from polepatrimoine.content.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer

import datetime
import hashlib


def context_of(published):
    context = getattr(published, "context", None)
    if context is None:
        context = getattr(published, "__parent__", None)
    return context


@implementer(IETagValue)
@adapter(Interface, IBrowserLayer)
class DatabaseState:
    """The database's last transaction.

    The catalog counter misses what is stored outside the catalog and shown to
    anonymous visitors: the places left on an event (its registrations), a
    working group's coordinators (its roster). Any committed write changes
    this value, so a cached page is never served after a change it could show.
    """

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        jar = getattr(context_of(self.published), "_p_jar", None)
        if jar is None:
            return None
        return jar.db().lastTransaction().hex()


@implementer(IETagValue)
@adapter(Interface, IBrowserLayer)
class Hour:
    """The current hour: listings and registration forms change with time
    (an event becomes past, registrations close) without any write."""

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        return datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H")


@implementer(IETagValue)
@adapter(Interface, IBrowserLayer)
class Query:
    """The query string: the directory's filters, so that the ETag of one
    filtered view never answers 304 for another."""

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        query = self.request.get("QUERY_STRING", "")
        if not query:
            return None
        canonical = "&".join(sorted(query.split("&")))
        return hashlib.sha1(canonical.encode()).hexdigest()[:12]
