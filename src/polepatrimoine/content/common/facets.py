"""Faceted catalog searches: filters read from a request, results and counts per facet value.

One ``Facets`` per listing (the actors' directory, the offers...), parameterised
by its base query, its facets and their titles. Everything reads the catalog's
indexes and metadata records: no object is woken to list or count.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from collections.abc import Callable
from collections.abc import Mapping
from plone import api
from polepatrimoine.content import _
from Products.ZCatalog.Catalog import Catalog
from Products.ZCTextIndex.ParseTree import ParseError
from Products.ZCTextIndex.ParseTree import QueryError
from Products.ZCTextIndex.QueryParser import QueryParser
from zope.component import queryUtility
from zope.i18n import translate
from zope.i18n.interfaces import INegotiator
from zope.i18nmessageid import Message

import Missing


TRUE_VALUES = ("1", "true", "True", "on", "oui")
FALSE_VALUES = ("0", "false", "False", "non", "")
MAX_SEARCH_TEXT = 500


def singular_for(count: int, request=None) -> bool:
    """Whether ``count`` takes the singular: in French 0 and 1 do, in English
    only 1. The catalog is French; a request that gets the English msgids (it
    prefers English to French) gets the English rule."""
    negotiator = queryUtility(INegotiator)
    if (
        request is not None
        and negotiator is not None
        and negotiator.getLanguage(("fr", "en"), request) == "en"
    ):
        return count == 1
    return count in (0, 1)


def plural(count: int, one: Message, many: Message, request=None) -> Message:
    """``one`` or ``many`` (msgids with ``${count}``) for ``count``, its mapping set.

    Every count of the faceted listings goes through here, so that the choice of
    form is made once: templates show the message, they never pick a form.
    """
    chosen = one if singular_for(count, request) else many
    return Message(chosen, mapping={**(chosen.mapping or {}), "count": count})


def plural_text(count: int, one: Message, many: Message, request) -> str:
    """``plural`` translated for ``request``."""
    return translate(plural(count, one, many, request), context=request)


class FilterError(ValueError):
    """A filter parameter with a value the listing does not know."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message


def as_list(value) -> list[str]:
    """A parameter's values: repeated (``?a=1&a=2``) or comma-separated (``?a=1,2``)."""
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    result = []
    for item in items:
        result.extend(part for part in str(item).split(",") if part)
    return result


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


def catalog_records(brains):
    """The catalog and the record ids behind search results, when the catalog's
    own search made them (a lazy map over record ids); else (None, None)."""
    catalog = getattr(getattr(brains, "_func", None), "__self__", None)
    rids = getattr(brains, "_seq", None)
    if not isinstance(catalog, Catalog) or rids is None:
        return None, None
    return catalog, rids


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


class Facets:
    """A listing's filters, catalog query and facet counts.

    ``facets`` maps each facet (its name is that of its catalog index and of its
    request parameter) to ``(items, several)``: the allowed tokens with their
    French titles (or a function giving them, for tokens kept in the site), and
    whether an item has several values (a KeywordIndex: the values selected are
    or-ed). The mapping is read at each call, so a facet added to it later is
    served at once. ``flags`` are boolean indexes whose one token ``"1"`` asks
    for True. ``base_query`` is the query every search starts from (a function
    when it changes with time).
    """

    def __init__(
        self,
        facets: Mapping,
        titles: Mapping,
        base_query: dict | Callable[[], dict],
        flags: tuple[str, ...] = (),
        text: bool = True,
    ):
        self.facets = facets
        self.titles = titles
        self.base_query = base_query
        self.flags = flags
        self.text = text

    def items(self, name) -> tuple:
        items = self.facets[name][0]
        return tuple(items() if callable(items) else items)

    def _all_items(self) -> dict:
        return {name: self.items(name) for name in self.facets}

    def filters_from_form(self, form) -> dict:
        """Read the filters from a request form; unknown values raise FilterError."""
        filters = {}
        for name in self.facets:
            values = as_list(form.get(name))
            if not values:
                continue
            if name in self.flags:
                if values[-1] in TRUE_VALUES:
                    filters[name] = ["1"]
                elif values[-1] not in FALSE_VALUES:
                    raise FilterError(
                        name,
                        _(
                            "${title} (${name}): expected 1 or 0, not « ${value} ».",
                            mapping={
                                "title": self.titles.get(name, name),
                                "name": name,
                                "value": values[-1],
                            },
                        ),
                    )
                continue
            allowed = {token for token, _title in self.items(name)}
            unknown = [v for v in values if v not in allowed]
            if unknown:
                raise FilterError(
                    name,
                    _(
                        "${title} (${name}): unknown value « ${value} » "
                        "(expected one of: ${allowed}).",
                        mapping={
                            # The French title for the page's reader, the
                            # parameter for whoever wrote the address.
                            "title": self.titles.get(name, name),
                            "name": name,
                            "value": unknown[0],
                            "allowed": ", ".join(sorted(allowed)),
                        },
                    ),
                )
            filters[name] = values
        if not self.text:
            return filters
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

    def catalog_query(self, filters: dict, exclude: str | None = None) -> dict:
        base = self.base_query
        query = dict(base() if callable(base) else base)
        for name, values in filters.items():
            if name == exclude:
                continue
            if name == "SearchableText":
                query[name] = values
            elif name in self.flags:
                query[name] = True
            elif self.facets[name][1]:
                query[name] = {"query": values, "operator": "or"}
            else:
                query[name] = values
        return query

    def search(self, filters: dict, exclude: str | None = None, **kw):
        catalog = api.portal.get_tool("portal_catalog")
        return catalog.searchResults(**self.catalog_query(filters, exclude), **kw)

    def brain_values(self, brain, name) -> list:
        """The facet's values on a result (the brute-force way to count)."""
        value = getattr(brain, name, None)
        if value is None or value is Missing.Value:
            return []
        if name in self.flags:
            return ["1"] if value else []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [value]

    def _tally_brains(self, brains, name, tokens) -> dict:
        tally = dict.fromkeys(tokens, 0)
        for brain in brains:
            for value in self.brain_values(brain, name):
                if value in tally:
                    tally[value] += 1
        return tally

    def facet_counts(self, filters: dict, items: dict | None = None) -> dict:
        """Counts per value of each facet.

        A facet's own selection is left out of its counts, so that its other
        values still show how many results they would add. The counts come from
        the catalog's indexes (one search per facet, then set intersections),
        not from the results' brains; results of another shape are counted
        through them.
        """
        items = items or self._all_items()
        counts = {}
        for name in self.facets:
            tokens = [token for token, _title in items[name]]
            if name in self.flags:
                others = {k: v for k, v in filters.items() if k != name}
                counts[name] = {"1": len(self.search({**others, name: ["1"]}))}
                continue
            brains = self.search(filters, exclude=name)
            catalog, rids = catalog_records(brains)
            if catalog is None:
                counts[name] = self._tally_brains(brains, name, tokens)
            else:
                counts[name] = _tally_index(catalog, rids, name, tokens)
        return counts

    def facets_for_display(self, filters: dict, request, nouns=None) -> list[dict]:
        """Each facet with its options, their counts and selection.

        ``nouns`` (singular and plural msgids with ``${count}``) gives each
        option a ``count_text`` ("12 acteurs") for screen readers.
        """
        items = self._all_items()
        counts = self.facet_counts(filters, items)
        result = []
        for name in self.facets:
            selected = set(filters.get(name, []))
            result.append(
                {
                    "name": name,
                    "title": translate(self.titles[name], context=request),
                    "options": [
                        {
                            "token": token,
                            "title": title,
                            "count": counts[name][token],
                            "count_text": (
                                plural_text(counts[name][token], *nouns, request)
                                if nouns
                                else ""
                            ),
                            "selected": token in selected,
                        }
                        for token, title in items[name]
                    ],
                }
            )
        return result

    def query_pairs(self, filters: dict) -> list[tuple[str, str]]:
        """The filters as query-string pairs (for links to feeds and GeoJSON)."""
        pairs = []
        for name, values in filters.items():
            if name == "SearchableText":
                pairs.append((name, values))
            else:
                pairs.extend((name, value) for value in values)
        return pairs
