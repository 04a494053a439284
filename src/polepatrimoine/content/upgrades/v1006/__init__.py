"""1002 → 1006: Jeunes-Pros: the Trade and Opportunity types, their permissions,
indexes and columns, the trades behavior on actors and resources."""

from plone import api


NEW_INDEXES = (
    "opportunity_kind",
    "trades",
    "trade_families",
    "opportunity_level",
    "opportunity_deadline",
)


def reindex_new_indexes(context) -> None:
    # The catalog step adds the indexes empty: fill them from what exists.
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=[i for i in NEW_INDEXES if i in catalog.indexes()])
