"""Import: actors added as addContentToContainer does, with what an import can save."""

from plone import api
from plone.app.linkintegrity import handlers as link_handlers
from plone.app.linkintegrity.interfaces import IRetriever
from plone.app.linkintegrity.retriever import DXGeneral
from plone.app.textfield.interfaces import IRichText
from plone.dexterity.utils import createContent
from plone.dexterity.utils import iterSchemata
from plone.i18n.normalizer.interfaces import IURLNormalizer
from weakref import WeakKeyDictionary
from z3c.relationfield import event as relation_events
from z3c.relationfield.interfaces import IHasOutgoingRelations
from z3c.relationfield.interfaces import IRelation
from z3c.relationfield.interfaces import IRelationList
from zope.component import getSiteManager
from zope.component import getUtility
from zope.container.interfaces import INameChooser
from zope.event import notify
from zope.interface import Interface
from zope.interface import providedBy
from zope.interface.declarations import Declaration
from zope.interface.interface import InterfaceClass
from zope.lifecycleevent import ObjectAddedEvent
from zope.schema import getFields


_marker = object()


# What subscribers to outgoing relations do to an actor (register its relations,
# read its links), nothing for a new actor whose fields hold neither.
_RELATION_SUBSCRIBERS = frozenset(
    (
        link_handlers.modifiedContent,
        link_handlers.removedContent,
        relation_events.removeRelations,
        relation_events.updateRelations,
    )
)


def _registrations(registry):
    """Every adapter, subscription adapter and handler of ``registry`` and of the
    registries it extends."""
    seen, pending = set(), [registry]
    while pending:
        registry = pending.pop()
        if id(registry) in seen:
            continue
        seen.add(id(registry))
        yield from registry.registeredAdapters()
        yield from registry.registeredSubscriptionAdapters()
        yield from registry.registeredHandlers()
        pending.extend(registry.__bases__)


def _may_link(spec, actor) -> bool:
    """Whether an actor providing ``spec`` can hold a relation or a link, or
    something else needs its outgoing relations: a relation field
    (z3c.relationfield looks for them in every interface the object provides), a
    rich text in its interfaces or behaviors (link integrity reads links from
    them), a link retriever other than Plone's, or an adapter, view or
    subscriber registered for outgoing relations other than z3c.relationfield's
    and link integrity's."""
    for interface in (*spec.flattened(), *iterSchemata(actor)):
        for field in getFields(interface).values():
            if (
                IRelation.providedBy(field)
                or IRelationList.providedBy(field)
                or IRichText.providedBy(field)
            ):
                return True
    retriever = IRetriever(actor, None)
    if retriever is not None and type(retriever) is not DXGeneral:
        return True
    for registration in _registrations(getSiteManager()):
        if any(
            isinstance(required, InterfaceClass)
            and required.isOrExtends(IHasOutgoingRelations)
            for required in registration.required
        ):
            action = getattr(registration, "handler", None) or registration.factory
            if action not in _RELATION_SUBSCRIBERS:
                return True
    return False


def _kept(interfaces):
    """The interfaces, those promising outgoing relations replaced by their bases
    that do not (``Interface`` itself is implied)."""
    for interface in interfaces:
        if interface.isOrExtends(IHasOutgoingRelations):
            yield from _kept(b for b in interface.__bases__ if b is not Interface)
        else:
            yield interface


class _WithoutOutgoingRelations(Declaration):
    """A specification's resolution order (its interfaces and its classes', in
    order) without the interfaces promising outgoing relations."""

    def __init__(self, spec):
        self.source = spec.__sro__
        self._order = tuple(
            item
            for item in spec.__sro__[1:]
            if not (
                isinstance(item, InterfaceClass)
                and item.isOrExtends(IHasOutgoingRelations)
            )
        )
        super().__init__(*dict.fromkeys(_kept(spec.interfaces())))

    def _calculate_sro(self):
        return [self, *self._order]


# One per specification: the adapter registry caches its lookups by specification.
_WITHOUT = WeakKeyDictionary()


def without_outgoing_relations(spec):
    """``spec`` without the interfaces promising outgoing relations (made again
    if the specification changed since, e.g. a class was declared to implement
    one more interface)."""
    reduced = _WITHOUT.get(spec)
    if reduced is None or reduced.source != spec.__sro__:
        reduced = _WITHOUT[spec] = _WithoutOutgoingRelations(spec)
    return reduced


def import_interfaces(actor):
    """What the actors of an import provide while they are added.

    Computed once, from the first actor: they share their class, schema and
    behaviors. Unless an actor's fields can hold a relation or a link (see
    ``_may_link``), the interfaces promising outgoing relations are left out:
    z3c.relationfield then does not search every interface of every actor for
    relation fields, nor link integrity every field for links and the relation
    catalog for the links a new actor cannot have had. The actor still accepts
    incoming relations (a page linking to it) and, once added, provides all its
    interfaces again (``Adder.add`` has them indexed).
    """
    spec = providedBy(actor)
    if _may_link(spec, actor):
        return spec
    return without_outgoing_relations(spec)


class Adder:
    """Adds actors as addContentToContainer does, with two savings for an import.

    The container is told once that it was modified, not once per actor (each
    time reindexes the folder). A name is the normalized title when it passes
    every test of Plone's ``check_id`` that can refuse a new, unique name (a
    reserved word, a catalog index or column, a method alias) and nothing at all
    can be reached by that name from the directory (content, attribute, tool,
    skin): stricter than Plone, whose check also lists the site root's content
    for every name. Anything else goes through Plone's name chooser.
    """

    RESERVED = frozenset(("login", "layout", "plone", "zip", "properties"))

    def __init__(self, container):
        self.container = container
        self.chooser = INameChooser(container)
        self.normalizer = getUtility(IURLNormalizer)
        self.provided = None
        catalog = api.portal.get_tool("portal_catalog")
        fti = container.getTypeInfo()
        self.reserved = self.RESERVED.union(
            catalog.indexes(),
            catalog.schema(),
            fti.getMethodAliases() if fti is not None else (),
        )

    def _free(self, name: str) -> bool:
        return bool(
            name
            and name not in self.reserved
            and not name.startswith(("_", "aq_", "@@", "."))
            and "__" not in name
            and name not in self.container
            and getattr(self.container, name, _marker) is _marker
        )

    def choose_name(self, actor) -> str:
        name = self.normalizer.normalize(actor.title or "")
        if self._free(name):
            return name
        return self.chooser.chooseName(None, actor)

    def create(self, title: str):
        """A new actor, that provides from now until it is added what the
        import computed once (``import_interfaces``)."""
        actor = createContent("Actor", title=title)
        if self.provided is None:
            self.provided = import_interfaces(actor)
        actor._v_provided = self.provided
        return actor

    def add(self, actor):
        container = self.container
        try:
            name = self.choose_name(actor)
            actor.id = name
            container._setObject(name, actor, suppress_events=True)
            added = container._getOb(name)
            notify(ObjectAddedEvent(added, container, name))
        finally:
            vars(actor).pop("_v_provided", None)
        # Indexed while it was added (a subscriber searching the catalog flushes
        # the indexing queue, and CATALOG_OPTIMIZATION_DISABLED indexes at
        # once), the actor would lack the interfaces left out meanwhile. Queued,
        # this is folded into the actor's pending indexing.
        added.reindexObject(idxs=["object_provides"])
        return added
