"""The actors directory: filters, catalog queries, facet counts and map features.

Everything here reads the catalog (its indexes and metadata records): no Actor
object is woken to list, count or map actors.
"""

from BTrees.IIBTree import IISet
from BTrees.IIBTree import IITreeSet
from BTrees.IIBTree import intersection
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS
from Products.ZCatalog.Catalog import Catalog
from zope.globalrequest import getRequest
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
}
FACET_TITLES = {
    "actor_category": _("Category"),
    "heritage_domains": _("Heritage domains"),
    "department": _("Département"),
    "labels": _("Labels"),
    "is_member": _("Members only"),
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
                raise FilterError(name, f"{name}: expected 1 or 0, got {values[-1]!r}")
            continue
        allowed = {token for token, _title in items}
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise FilterError(
                name,
                f"{name}: unknown value {unknown[0]!r} "
                f"(expected one of: {', '.join(sorted(allowed))})",
            )
        filters[name] = values
    text = (form.get("SearchableText") or "").strip()
    if isinstance(text, str) and text:
        filters["SearchableText"] = text
    return filters


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
        catalog, rids = catalog_records(brains)
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


def has_position(brain) -> bool:
    latitude = getattr(brain, "latitude", None)
    longitude = getattr(brain, "longitude", None)
    return not (
        latitude is None
        or longitude is None
        or latitude is Missing.Value
        or longitude is Missing.Value
    )


CATEGORY_TITLES = dict(ACTOR_CATEGORIES)


class URLs:
    """brain.getURL(), with each folder's URL computed once (all actors share one)."""

    def __init__(self, request):
        self.request = request
        self.folders = {}

    def __call__(self, brain) -> str:
        folder, _sep, name = brain.getPath().rpartition("/")
        prefix = self.folders.get(folder)
        if prefix is None:
            prefix = self.folders[folder] = self.request.physicalPathToURL(folder)
        return f"{prefix}/{name}"


def feature(brain, url=None) -> dict:
    """An RFC 7946 Feature for an actor's brain (it must have a position)."""
    url = url or brain.getURL()
    return {
        "type": "Feature",
        "geometry": {
            "type": "Point",
            "coordinates": [brain.longitude, brain.latitude],
        },
        "properties": {
            "title": brain.Title,
            "url": url,
            "UID": brain.UID,
            "actor_category": brain.actor_category,
            "category_title": CATEGORY_TITLES.get(brain.actor_category, ""),
            "department": brain.department,
            "city": brain.city,
            "is_member": bool(brain.is_member),
        },
    }


FEATURE_COLUMNS = (
    "latitude",
    "longitude",
    "Title",
    "UID",
    "actor_category",
    "department",
    "city",
    "is_member",
)


class Row:
    """The metadata of one catalog record, read without making a brain of it."""

    __slots__ = ("_path", "__dict__")

    def __init__(self, path, values):
        self._path = path
        self.__dict__.update(values)

    def getPath(self):  # noqa: N802 (the brain's API)
        return self._path


def catalog_records(brains):
    """The catalog and the record ids behind search results, when the catalog's
    own search made them (a lazy map over record ids); else (None, None)."""
    catalog = getattr(getattr(brains, "_func", None), "__self__", None)
    rids = getattr(brains, "_seq", None)
    if not isinstance(catalog, Catalog) or rids is None:
        return None, None
    return catalog, rids


def metadata_rows(brains, columns=FEATURE_COLUMNS):
    """The results' records as Rows of these columns, straight from the
    catalog's storage.

    Making a brain costs more than reading its record; the results were already
    filtered for the user's permissions by the catalog search. Results of another
    shape (merged) are read through their brains.
    """
    catalog, rids = catalog_records(brains)
    if catalog is None:
        yield from brains
        return
    positions = [(name, catalog.schema[name]) for name in columns]
    data, paths = catalog.data, catalog.paths
    for rid in rids:
        record = data[rid]
        yield Row(paths[rid], {name: record[index] for name, index in positions})


def feature_collection(brains, request=None) -> dict:
    urls = URLs(request or getRequest())
    features = [
        feature(row, urls(row)) for row in metadata_rows(brains) if has_position(row)
    ]
    return {"type": "FeatureCollection", "features": features}
