"""The actors directory: filters, catalog queries, facet counts and map features.

Everything here reads the catalog (its indexes and metadata records): no Actor
object is woken to list, count or map actors.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.actors import geojson
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS
from polepatrimoine.content.vocabularies import WELCOMES_YOUNG
from Products.ZCTextIndex.ParseTree import ParseError
from Products.ZCTextIndex.ParseTree import QueryError
from Products.ZCTextIndex.QueryParser import QueryParser
from zope.i18n import translate

import Missing


# facet -> (allowed tokens with their French titles, several values per actor?)
FACETS = {
    "actor_category": (ACTOR_CATEGORIES, False),
    "heritage_domains": (HERITAGE_DOMAINS, True),
    "department": (
        tuple((code, f"{code} – {name}") for code, name in DEPARTMENTS),
        False,
    ),
    "labels": (LABELS, True),
    "is_member": ((("1", "Adhérents du réseau"),), False),
    "welcomes_young": (WELCOMES_YOUNG, True),
}
FACET_TITLES = {
    "actor_category": _("Category"),
    "heritage_domains": _("Heritage domains"),
    "department": _("Département"),
    "labels": _("Labels"),
    "is_member": _("Members only"),
    "welcomes_young": _("Welcomes young people"),
}
TRUE_VALUES = ("1", "true", "True", "on", "oui")


class FilterError(ValueError):
    """A filter parameter with a value the directory does not know."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def _as_list(value) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    result = []
    for item in items:
        result.extend(part for part in str(item).split(",") if part)
    return result


def filters_from_form(form) -> dict:
    """Read the directory filters from a request form; unknown values raise."""
    filters = {}
    for name, (items, _multi) in FACETS.items():
        values = _as_list(form.get(name))
        if not values:
            continue
        if name == "is_member":
            if values[-1] in TRUE_VALUES:
                filters[name] = ["1"]
            elif values[-1] not in ("0", "false", "False", "non", ""):
                raise FilterError(
                    name,
                    _(
                        "${name}: expected 1 or 0, not « ${value} ».",
                        mapping={"name": name, "value": values[-1]},
                    ),
                )
            continue
        allowed = {token for token, _title in items}
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise FilterError(
                name,
                _(
                    "${name}: unknown value « ${value} » (expected one of: ${allowed}).",
                    mapping={
                        "name": name,
                        "value": unknown[0],
                        "allowed": ", ".join(sorted(allowed)),
                    },
                ),
            )
        filters[name] = values
    text = form.get("SearchableText") or ""
    if not isinstance(text, str):
        raise FilterError(
            "SearchableText",
            _(
                "The parameter '${name}' takes one value.",
                mapping={"name": "SearchableText"},
            ),
        )
    text = text.strip()
    if text:
        check_search_text(text)
        filters["SearchableText"] = text
    return filters


MAX_SEARCH_TEXT = 500


def check_search_text(text: str) -> None:
    """Refuse what the catalog's text index would fail on (``(``, ``"``, ``NOT``
    alone...): the index raises while the search runs, an error 500."""
    if "\0" in text:
        raise FilterError("SearchableText", _("This field contains a null character."))
    if len(text) > MAX_SEARCH_TEXT:
        raise FilterError(
            "SearchableText",
            _(
                "The search text is too long (${max} characters at most).",
                mapping={"max": MAX_SEARCH_TEXT},
            ),
        )
    catalog = api.portal.get_tool("portal_catalog")
    # Wrapped in the catalog: the index finds its lexicon by acquisition.
    index = catalog._catalog.getIndex("SearchableText")
    try:
        QueryParser(index.getLexicon()).parseQuery(text)
    except (ParseError, QueryError):
        raise FilterError(
            "SearchableText",
            _(
                "The search text cannot be understood: check its parentheses, "
                "quotes and operators (AND, OR, NOT)."
            ),
        ) from None


def catalog_query(filters: dict, exclude: str | None = None) -> dict:
    query = {"portal_type": "Actor"}
    for name, values in filters.items():
        if name == exclude:
            continue
        if name == "SearchableText":
            query[name] = values
        elif name == "is_member":
            query[name] = True
        elif FACETS[name][1]:
            query[name] = {"query": values, "operator": "or"}
        else:
            query[name] = values
    return query


def search(filters: dict, exclude: str | None = None, **kw):
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.searchResults(**catalog_query(filters, exclude), **kw)


def _brain_values(brain, name) -> list:
    value = getattr(brain, name, None)
    if value is None or value is Missing.Value:
        return []
    if name == "is_member":
        return ["1"] if value else []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _tally_brains(brains, name, tokens) -> dict:
    tally = dict.fromkeys(tokens, 0)
    for brain in brains:
        for value in _brain_values(brain, name):
            if value in tally:
                tally[value] += 1
    return tally


def _tally_index(catalog, rids, name, tokens) -> dict:
    """How many of the results have each value, from the facet's index: the
    intersection of the results' record ids with each value's record ids."""
    results = rids if isinstance(rids, (IISet, IITreeSet)) else IITreeSet(rids)
    stored = catalog.getIndex(name)._index
    tally = {}
    for token in tokens:
        records = stored.get(token)
        if records is None:
            tally[token] = 0
        elif isinstance(records, int):
            tally[token] = int(records in results)
        else:
            tally[token] = len(intersection(results, records))
    return tally


def facet_counts(filters: dict) -> dict:
    """Counts per value of each facet.

    A facet's own selection is left out of its counts, so that its other
    values still show how many actors they would add. The counts come from the
    catalog's indexes (one search per facet, then set intersections), not from
    the results' brains; results of another shape are counted through them.
    """
    counts = {}
    for name, (items, _multi) in FACETS.items():
        tokens = [token for token, _title in items]
        if name == "is_member":
            others = {k: v for k, v in filters.items() if k != name}
            counts[name] = {"1": len(search({**others, name: ["1"]}))}
            continue
        brains = search(filters, exclude=name)
        catalog, rids = geojson.catalog_records(brains)
        if catalog is None:
            counts[name] = _tally_brains(brains, name, tokens)
        else:
            counts[name] = _tally_index(catalog, rids, name, tokens)
    return counts


def facets_for_display(filters: dict, request) -> list[dict]:
    counts = facet_counts(filters)
    result = []
    for name, (items, _multi) in FACETS.items():
        selected = set(filters.get(name, []))
        result.append(
            {
                "name": name,
                "title": translate(FACET_TITLES[name], context=request),
                "options": [
                    {
                        "token": token,
                        "title": title,
                        "count": counts[name][token],
                        "selected": token in selected,
                    }
                    for token, title in items
                ],
            }
        )
    return result
