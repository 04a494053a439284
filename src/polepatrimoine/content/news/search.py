"""The news listing: filters, catalog query, facet counts, items as brains show them.

Only published items in their publication window (from their date, before their
expiry) are listed, whoever asks: the page, its feeds and ``@news``
are the public face of the watch, and an editor's drafts stay in the folder view.
"""

from DateTime import DateTime
from datetime import datetime
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.dates import french_day
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.news.behavior import INewsWatch
from polepatrimoine.content.news.vocabularies import NEWS_SCOPES
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS

import Missing


# request parameter -> (terms, catalog index and metadata column)
FACETS = {
    "news_scope": (NEWS_SCOPES, "news_scope"),
    "topics": (HERITAGE_DOMAINS, "news_topics"),
}
# A field index ORs a list of values; a keyword index is told to.
KEYWORD_INDEXES = ("news_topics",)
FACET_TITLES = {"news_scope": _("Scope"), "topics": _("Heritage domains")}
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _values(value) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else [value]
    result = []
    for item in items:
        if isinstance(item, str):
            result.extend(part for part in item.split(",") if part)
        elif item is not None:
            result.append(None)
    return result


def read_filters(form, strict: bool = True) -> dict:
    """``{param: [tokens]}`` from a request form.

    ``strict`` (REST): an unknown value raises a French ``RequestError`` naming
    the parameter. Pages and feeds drop it and list what they would list without.
    """
    filters = {}
    for name, (terms, _index) in FACETS.items():
        allowed = dict(terms)
        values = _values(form.get(name, []))
        unknown = [v for v in values if v not in allowed]
        if unknown and strict:
            raise RequestError(
                _(
                    "${name}: unknown value « ${value} » (expected one of: ${allowed}).",
                    mapping={
                        "name": name,
                        "value": unknown[0] or "",
                        "allowed": ", ".join(allowed),
                    },
                ),
                field=name,
            )
        known = [v for v in values if v in allowed]
        if known:
            filters[name] = list(dict.fromkeys(known))
    return filters


def query(context, filters: dict, exclude: str | None = None) -> dict:
    result = {
        "object_provides": INewsWatch.__identifier__,
        "review_state": "published",
        # For everyone: the catalog would show coordinators (who may access
        # inactive content) news before their date or past their expiry.
        "effectiveRange": DateTime(),
        "path": "/".join(context.getPhysicalPath()),
        "sort_on": "effective",
        "sort_order": "descending",
    }
    for name, values in filters.items():
        if name != exclude:
            index = FACETS[name][1]
            result[index] = (
                {"query": values, "operator": "or"}
                if index in KEYWORD_INDEXES
                else values
            )
    return result


def search(context, filters: dict, exclude: str | None = None):
    return api.content.find(**query(context, filters, exclude))


def brain_tokens(brain, column) -> list:
    value = getattr(brain, column, None)
    if value is None or value is Missing.Value:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def facet_counts(context, filters: dict) -> dict:
    """``{param: {token: count}}``; a facet's own selection is left out of its counts,
    so that its other values still say how many items they would add."""
    counts = {}
    for name, (terms, column) in FACETS.items():
        tally = dict.fromkeys((token for token, _title in terms), 0)
        for brain in search(context, filters, exclude=name):
            for token in set(brain_tokens(brain, column)):
                if token in tally:
                    tally[token] += 1
        counts[name] = tally
    return counts


def french_date(value) -> str:
    """``30 novembre 2026`` in Paris time; ``""`` for no date (nor Plone's 1969)."""
    if value is None or value is Missing.Value:
        return ""
    if hasattr(value, "asdatetime"):
        value = value.asdatetime()
    if not isinstance(value, datetime) or value.year < 1900:
        return ""
    return french_day(value)


def visible_actors(uids) -> dict:
    """``{uid: brain}`` of the actors among ``uids`` the current user may see, published."""
    uids = [uid for uid in dict.fromkeys(uids) if uid]
    if not uids:
        return {}
    return {
        brain.UID: brain
        for brain in api.content.find(
            portal_type="Actor", UID=uids, review_state="published"
        )
    }


def item(brain, actors: dict) -> dict:
    """A news item as the listing and ``@news`` show it, from its brain."""
    effective = brain.effective
    iso = ""
    if effective is not None and effective is not Missing.Value:
        moment = effective.asdatetime()
        if moment.year > 1900:
            iso = iso_paris(moment)
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": brain.Title,
        "description": brain.Description,
        "effective": iso or None,
        "date": french_date(effective),
        "news_scope": brain.news_scope or None,
        "news_scope_title": dict(NEWS_SCOPES).get(brain.news_scope, ""),
        "topics": brain_tokens(brain, "news_topics"),
        "source_name": _text(brain.news_source_name),
        "source_url": safe_url(_text(brain.news_source_url)),
        "related_actors": [
            {"@id": actors[uid].getURL(), "UID": uid, "title": actors[uid].Title}
            for uid in brain_tokens(brain, "related_actors")
            if uid in actors
        ],
    }


def _text(value):
    return None if value is None or value is Missing.Value else value


def page(context, request, filters: dict, b_start: int, b_size: int) -> dict:
    """One page of the listing with the facets' counts."""
    brains = search(context, filters)
    total = len(brains)
    window = brains[b_start : b_start + b_size]
    actors = visible_actors(
        uid for brain in window for uid in brain_tokens(brain, "related_actors")
    )
    return {
        "items_total": total,
        "b_start": b_start,
        "b_size": b_size,
        "items": [item(brain, actors) for brain in window],
        "facets": facet_counts(context, filters),
    }


def read_paging(request) -> tuple[int, int]:
    """``b_start`` and ``b_size`` of the query (a French 400 when not whole numbers)."""
    b_size = count_param(request, "b_size", PAGE_SIZE, MAX_PAGE_SIZE) or PAGE_SIZE
    b_start = count_param(request, "b_start", 0)
    return b_start, b_size
