"""Record ids, index tallies and metadata of the catalog, without brains or objects."""

from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from DateTime import DateTime
from plone import api

import Missing


def public_query(**query) -> dict:
    """What an anonymous visitor may see, whoever asks: the same figures for all."""
    return {
        "allowedRolesAndUsers": ["Anonymous"],
        "effectiveRange": DateTime(),
        **query,
    }


class Records:
    """The catalog's storage, read directly: indexes and metadata by record id."""

    def __init__(self):
        self.tool = api.portal.get_tool("portal_catalog")
        self.catalog = self.tool._catalog

    def rids(self, query: dict) -> IITreeSet:
        """The record ids matching ``query`` (unrestricted: callers say who sees)."""
        result = self.tool.unrestrictedSearchResults(query)
        rids = getattr(result, "_seq", None)
        if rids is None:
            rids = [brain.getRID() for brain in result]
        return IITreeSet(rids)

    def tally(self, rids: IITreeSet, index: str, tokens) -> dict:
        """How many of ``rids`` have each of ``tokens`` in ``index``."""
        stored = self.catalog.getIndex(index)._index
        counts = {}
        for token in tokens:
            records = stored.get(token)
            if records is None:
                counts[token] = 0
            elif isinstance(records, int):
                counts[token] = int(records in rids)
            else:
                counts[token] = len(intersection(rids, records))
        return counts

    def values(self, rids, *columns):
        """Tuples of these metadata columns for each record (``None`` when missing)."""
        positions = [self.catalog.schema[name] for name in columns]
        data = self.catalog.data
        for rid in rids:
            record = data[rid]
            yield tuple(
                None if record[p] is Missing.Value else record[p] for p in positions
            )

    def paths(self, rids):
        paths = self.catalog.paths
        return [paths[rid] for rid in rids]


def year_of(value) -> int | None:
    """The year of a metadata date (DateTime, datetime or date)."""
    if value is None:
        return None
    if isinstance(value, DateTime):
        return value.year()
    return getattr(value, "year", None)
