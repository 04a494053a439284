"""What the catalog holds of an Actor: its facets and what a listing or map shows."""

from Acquisition import aq_base
from functools import cached_property
from plone.base.interfaces import IPloneCatalogTool
from plone.dexterity.utils import iterSchemata
from plone.indexer import indexer
from plone.indexer.interfaces import IIndexer
from plone.indexer.wrapper import IndexableObjectWrapper
from polepatrimoine.content.actors.actor import IActor
from Products.CMFPlone.image_scales.indexer import image_scales as plone_image_scales
from zope.component import adapter
from zope.component import getSiteManager
from zope.interface import providedBy


_UNKNOWN = object()
_MISSING = object()


@adapter(IActor, IPloneCatalogTool)
class ActorIndexableWrapper(IndexableObjectWrapper):
    """Indexes an actor as Plone's wrapper does, for less.

    The catalog asks the wrapper for about a hundred names per actor (each
    index and each metadata column). Plone's wrapper looks each one up as an
    indexer adapter, computing the actor's interfaces every time; here they are
    computed once per actor. Then Plone reads the name through acquisition and
    refuses the value unless the actor itself has it (or it is an acquired
    Python Script). Some forty of the names are ones an actor has not
    (``start``, ``location``, ``call_programme``...): each climbed to the site,
    failing on every level after looking for a default in every schema. Here a
    name that is neither an attribute of the actor, of its class, nor a field of
    its schemata fails at once. Only acquired Python Scripts, a legacy way of
    indexing through the web, are not honoured for actors.

    Most names are asked twice (an index, then the metadata column of the same
    name): the wrapper, made for one indexing of one actor, answers the second
    time with the first answer.
    """

    def __init__(self, object, catalog):
        super().__init__(object, catalog)
        self._actor = object
        self._catalog = catalog
        self._specs = (providedBy(object), providedBy(catalog))
        self._lookup = getSiteManager().adapters.lookup
        self._answers = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            return super().__getattr__(name)
        answer = self._answers.get(name, _UNKNOWN)
        if answer is _UNKNOWN:
            try:
                answer = self._answer(name)
            except AttributeError:
                answer = _MISSING
            self._answers[name] = answer
        if answer is _MISSING:
            raise AttributeError(name)
        return answer

    @cached_property
    def _actor_names(self) -> set:
        """The actor's own attributes and the fields of its schemata. Computed
        on the first name no indexer answers (a partial reindex of workflow
        variables may never need it)."""
        base = aq_base(self._actor)
        return set(base.__dict__).union(
            *(schema.names() for schema in iterSchemata(base))
        )

    def _answer(self, name):
        factory = self._lookup(self._specs, IIndexer, name)
        if factory is not None:
            indexer = factory(self._actor, self._catalog)
            if indexer is not None:
                return indexer()
        variables = self._IndexableObjectWrapper__vars
        if name in variables:
            return variables[name]
        if name not in self._actor_names and not hasattr(
            type(aq_base(self._actor)), name
        ):
            raise AttributeError(name)
        value = getattr(self._actor, name)
        # As Plone's wrapper: the actor's own attribute, never an acquired one.
        getattr(aq_base(self._actor), name)
        return value


@indexer(IActor)
def image_scales(obj):
    """Plone's image scales, for the logo; none without a logo (Plone's indexer
    would serialize every field of every schema to find that out)."""
    if getattr(aq_base(obj), "logo", None) is None:
        raise AttributeError("image_scales")
    return plone_image_scales(obj)()


@indexer(IActor)
def actor_category(obj):
    return obj.actor_category


@indexer(IActor)
def heritage_domains(obj):
    return obj.heritage_domains or []


@indexer(IActor)
def department(obj):
    return obj.department


@indexer(IActor)
def is_member(obj):
    return bool(obj.is_member)


@indexer(IActor)
def labels(obj):
    return obj.labels or []


@indexer(IActor)
def siret(obj):
    return obj.siret or None


@indexer(IActor)
def city(obj):
    return obj.city


@indexer(IActor)
def zip_code(obj):
    return obj.zip_code
