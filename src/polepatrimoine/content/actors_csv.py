"""CSV in and out of the actors directory.

Export: UTF-8 with a BOM and ``;`` (a French Excel opens it right), one row per
actor, one column per field; lists are joined with `` | ``. Import reads what the
export writes (and French header labels, Windows-1252, ``,``), validates every
row first and writes nothing when any row is invalid.
"""

from AccessControl import Unauthorized
from AccessControl import getSecurityManager
from AccessControl.Permission import pname
from Acquisition import aq_base
from collections.abc import Callable
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass
from dataclasses import field as dc_field
from DateTime import DateTime
from plone import api
from plone.app.linkintegrity import handlers as link_handlers
from plone.app.linkintegrity.interfaces import IRetriever
from plone.app.linkintegrity.retriever import DXGeneral
from plone.app.textfield.interfaces import IRichText
from plone.dexterity.utils import createContent
from plone.dexterity.utils import iterSchemata
from plone.formwidget.geolocation.geolocation import Geolocation
from plone.i18n.normalizer.interfaces import IURLNormalizer
from polepatrimoine.content import _
from polepatrimoine.content import directory
from polepatrimoine.content import validation
from polepatrimoine.content.vocabularies import ACTOR_CATEGORIES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import HERITAGE_DOMAINS
from polepatrimoine.content.vocabularies import LABELS
from weakref import WeakKeyDictionary
from z3c.relationfield import event as relation_events
from z3c.relationfield.interfaces import IHasOutgoingRelations
from z3c.relationfield.interfaces import IRelation
from z3c.relationfield.interfaces import IRelationList
from zope.component import getSiteManager
from zope.component import getUtility
from zope.container.contained import notifyContainerModified
from zope.container.interfaces import INameChooser
from zope.event import notify
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import providedBy
from zope.interface.declarations import Declaration
from zope.interface.interface import InterfaceClass
from zope.lifecycleevent import ObjectAddedEvent
from zope.lifecycleevent import modified
from zope.schema import getFields

import csv
import io
import re
import unicodedata


_marker = object()


COLUMNS = (
    "UID",
    "title",
    "description",
    "actor_category",
    "heritage_domains",
    "department",
    "street",
    "zip_code",
    "city",
    "latitude",
    "longitude",
    "email",
    "phone",
    "website",
    "social_links",
    "labels",
    "is_member",
    "member_since",
    "siret",
)
# Written by the export for information, ignored by the import.
INFORMATIVE = ("review_state", "url")
LIST_SEPARATOR = " | "

FRENCH_HEADERS = {
    "identifiant": "UID",
    "uid": "UID",
    "nom": "title",
    "titre": "title",
    "description": "description",
    "categorie": "actor_category",
    "domaines": "heritage_domains",
    "domaines patrimoniaux": "heritage_domains",
    "departement": "department",
    "adresse": "street",
    "rue": "street",
    "code postal": "zip_code",
    "commune": "city",
    "ville": "city",
    "latitude": "latitude",
    "longitude": "longitude",
    "courriel": "email",
    "e-mail": "email",
    "email": "email",
    "telephone": "phone",
    "site web": "website",
    "site internet": "website",
    "reseaux sociaux": "social_links",
    "labels": "labels",
    "adherent": "is_member",
    "adherent depuis": "member_since",
    "siret": "siret",
    "etat": "review_state",
    "adresse web": "url",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# ------------------------------------------------------------------ export


def _join(values) -> str:
    return LIST_SEPARATOR.join(values or [])


def _number(value) -> str:
    return "" if value is None else repr(float(value))


def actor_row(actor) -> dict:
    geolocation = getattr(actor, "geolocation", None)
    return {
        "UID": actor.UID(),
        "title": actor.title or "",
        "description": actor.description or "",
        "actor_category": actor.actor_category or "",
        "heritage_domains": _join(actor.heritage_domains),
        "department": actor.department or "",
        "street": actor.street or "",
        "zip_code": actor.zip_code or "",
        "city": actor.city or "",
        "latitude": _number(getattr(geolocation, "latitude", None)),
        "longitude": _number(getattr(geolocation, "longitude", None)),
        "email": actor.email or "",
        "phone": actor.phone or "",
        "website": actor.website or "",
        "social_links": _join(actor.social_links),
        "labels": _join(actor.labels),
        "is_member": "oui" if actor.is_member else "non",
        "member_since": "" if actor.member_since is None else str(actor.member_since),
        "siret": actor.siret or "",
        "review_state": api.content.get_state(actor, default=""),
        "url": actor.absolute_url(),
    }


def export_csv(actors: Iterable, separator: str = ";") -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=COLUMNS + INFORMATIVE,
        delimiter=separator,
        lineterminator="\r\n",
    )
    writer.writeheader()
    for actor in actors:
        writer.writerow(actor_row(actor))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# ------------------------------------------------------------------ import


@dataclass
class RowError:
    line: int
    field: str
    message: str

    def as_dict(self) -> dict:
        return {"line": self.line, "field": self.field, "message": self.message}


@dataclass
class ImportRow:
    line: int
    values: dict
    target_uid: str | None = None
    errors: list = dc_field(default_factory=list)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = dc_field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "errors": [e.as_dict() for e in self.errors],
        }


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def sniff_separator(text: str) -> str:
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") >= header.count(",") else ","


def _lookup(items, folded_titles: bool = True) -> dict:
    table = {}
    for token, title in items:
        table[_fold(token)] = token
        if folded_titles:
            table[_fold(title)] = token
    return table


CATEGORY_LOOKUP = _lookup(ACTOR_CATEGORIES)
DOMAIN_LOOKUP = _lookup(HERITAGE_DOMAINS)
LABEL_LOOKUP = _lookup(LABELS)
DEPARTMENT_LOOKUP = {
    **_lookup(DEPARTMENTS),
    **{_fold(f"{code} – {name}"): code for code, name in DEPARTMENTS},
    **{_fold(f"{code} - {name}"): code for code, name in DEPARTMENTS},
}
BOOLEANS = {
    "oui": True,
    "non": False,
    "true": True,
    "false": False,
    "1": True,
    "0": False,
    "": False,
}


def _msg(message) -> str:
    return translate(message, target_language="fr")


def _choice(lookup: dict, label: str) -> Callable[[str], str]:
    def parse(text: str) -> str:
        token = lookup.get(_fold(text))
        if token is None:
            raise validation.FieldError(
                _(
                    "Unknown value “${value}” for ${label}.",
                    mapping={"value": text, "label": label},
                )
            )
        return token

    return parse


def _choices(lookup: dict, label: str) -> Callable[[str], list]:
    one = _choice(lookup, label)

    def parse(text: str) -> list:
        parts = [p.strip() for p in re.split(r"[|]", text) if p.strip()]
        return [one(p) for p in parts]

    return parse


def _required(text: str) -> str:
    if not text:
        raise validation.FieldError(_("This field is required."))
    return text


def _optional(check):
    def parse(text: str):
        return check(text) if text else None

    return parse


def _email(text: str) -> str:
    if not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
        raise validation.FieldError(_("Enter a valid e-mail address."))
    return text


def _url(text: str) -> str:
    if not re.match(r"^https?://[^\s/$.?#][^\s]*$", text):
        raise validation.FieldError(
            _("Enter a web address starting with http:// or https://.")
        )
    return text


def _urls(text: str) -> list:
    return [_url(p.strip()) for p in text.split("|") if p.strip()]


def _float(check):
    def parse(text: str):
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise validation.FieldError(_("Enter a number, like 47.2184.")) from None
        return check(value)

    return parse


def _boolean(text: str) -> bool:
    value = BOOLEANS.get(_fold(text))
    if value is None:
        raise validation.FieldError(_("Enter “oui” or “non”."))
    return value


def _year(text: str):
    if not text:
        return None
    if not text.isdigit():
        raise validation.FieldError(_("Enter a year, like 2021."))
    from polepatrimoine.content.content.actor import check_member_since

    return check_member_since(int(text))


PARSERS = {
    "UID": lambda text: text or None,
    "title": _required,
    "description": lambda text: text,
    "actor_category": _choice(CATEGORY_LOOKUP, "actor_category"),
    "heritage_domains": _choices(DOMAIN_LOOKUP, "heritage_domains"),
    "department": _choice(DEPARTMENT_LOOKUP, "department"),
    "street": lambda text: text or None,
    "zip_code": validation.check_zip_code,
    "city": _required,
    "latitude": _float(validation.check_latitude),
    "longitude": _float(validation.check_longitude),
    "email": _optional(_email),
    "phone": _optional(validation.check_phone),
    "website": _optional(_url),
    "social_links": _urls,
    "labels": _choices(LABEL_LOOKUP, "labels"),
    "is_member": _boolean,
    "member_since": _year,
    "siret": _optional(validation.check_siret),
}
REQUIRED_COLUMNS = ("title", "actor_category", "department", "zip_code", "city")


def map_headers(headers: list[str]) -> tuple[list, list]:
    mapped, errors = [], []
    for header in headers:
        name = header.strip()
        if name in COLUMNS or name in INFORMATIVE:
            mapped.append(name)
            continue
        french = FRENCH_HEADERS.get(_fold(name))
        if french:
            mapped.append(french)
            continue
        mapped.append(None)
        errors.append(
            RowError(
                1,
                name,
                _msg(_("Unknown column “${column}”.", mapping={"column": name})),
            )
        )
    for required in REQUIRED_COLUMNS:
        if required not in mapped:
            errors.append(
                RowError(
                    1,
                    required,
                    _msg(
                        _(
                            "The column “${column}” is missing.",
                            mapping={"column": required},
                        )
                    ),
                )
            )
    return mapped, errors


def parse_rows(text: str, separator: str | None = None) -> tuple[list, list]:
    separator = separator or sniff_separator(text)
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    try:
        headers = next(reader)
    except StopIteration:
        return [], [RowError(1, "", _msg(_("The file is empty.")))]
    columns, errors = map_headers(headers)
    rows = []
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = ImportRow(line=line, values={})
        for column, cell in zip(columns, cells, strict=False):
            if column is None or column in INFORMATIVE:
                continue
            try:
                row.values[column] = PARSERS[column](cell.strip())
            except validation.FieldError as error:
                row.errors.append(RowError(line, column, _msg(error.message)))
        values = row.values
        if values.get("zip_code") and values.get("department"):
            try:
                validation.check_zip_department(
                    values["zip_code"], values["department"]
                )
            except validation.FieldError as error:
                row.errors.append(RowError(line, "zip_code", _msg(error.message)))
        latitude, longitude = values.get("latitude"), values.get("longitude")
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            row.errors.append(
                RowError(
                    line,
                    missing,
                    _msg(_("Give both latitude and longitude, or neither.")),
                )
            )
        rows.append(row)
    return rows, errors


def find_targets(rows: list) -> None:
    """UID, else SIRET, else the same title in the same city.

    The directory's identifiers, titles and cities are read once from the
    catalog's metadata records (no brain made), not searched once per row.
    """
    catalog = api.portal.get_tool("portal_catalog")
    uids, by_title_city = set(), {}
    everyone = catalog.unrestrictedSearchResults(portal_type="Actor")
    for record in directory.metadata_rows(everyone, ("UID", "Title", "city")):
        uids.add(record.UID)
        by_title_city.setdefault((record.Title, record.city), record.UID)
    for row in rows:
        if row.errors:
            continue
        values = row.values
        if values.get("UID"):
            if values["UID"] in uids:
                row.target_uid = values["UID"]
            else:
                row.errors.append(
                    RowError(row.line, "UID", _msg(_("No actor has this identifier.")))
                )
            continue
        if values.get("siret"):
            brains = catalog.unrestrictedSearchResults(
                portal_type="Actor", siret=values["siret"]
            )
            if brains:
                row.target_uid = brains[0].UID
                continue
        row.target_uid = by_title_city.get((values.get("title"), values.get("city")))


def apply_values(actor, values: dict) -> None:
    for name in COLUMNS:
        if name in ("UID", "latitude", "longitude") or name not in values:
            continue
        value = values[name]
        if name in ("heritage_domains", "social_links", "labels"):
            value = value or []
        setattr(actor, name, value)
    if "latitude" in values or "longitude" in values:
        latitude, longitude = values.get("latitude"), values.get("longitude")
        actor.geolocation = (
            None if latitude is None else Geolocation(latitude, longitude)
        )


class PublishRefused(Unauthorized):
    """The importing user may not publish the actors the import would create."""


class Publisher:
    """Starts new actors in the published state, as a coordinator's publish would.

    The workflow history (created, then ``publish`` by the importing user) and
    the published state's permissions are written before the actor is added:
    the workflow tool starts no workflow that already has a history, so an
    imported actor goes through neither the initial state nor a transition
    (each would rewrite its permissions and search the catalog for its
    security; the actor is indexed whole once added). The permissions are the
    workflow's, computed for the first actor and given to the others (they all
    start from the same class defaults), unless the workflow manages local roles.

    The ``publish`` guard is checked once, on the directory: whoever may import
    but not publish gets Unauthorized. No transition events are fired (content
    rules on workflow changes do not run for imported actors). When a workflow
    of the actor (placeful workflows included) has no ``publish`` transition to
    ``published``, each actor is added as usual and transitioned instead.
    """

    def __init__(self, container):
        self.container = container
        self.wftool = api.portal.get_tool("portal_workflow")
        self.userid = api.user.get_current().getId()
        self.comments = _msg(_("Imported from a CSV file."))
        self.workflows = None
        self.fast = True
        self.permissions = None

    def _start(self, actor) -> None:
        """The actor's workflows, from the first actor, as placed in the directory."""
        self.workflows = self.wftool.getWorkflowsFor(actor.__of__(self.container))
        for workflow in self.workflows:
            transition = workflow.transitions.get("publish")
            if (
                transition is None
                or transition.new_state_id != "published"
                or "published" not in workflow.states
            ):
                self.fast = False
                return
            guard = transition.getGuard()
            if not guard.check(getSecurityManager(), workflow, self.container):
                raise PublishRefused(
                    _msg(
                        _(
                            "You may not publish actors, and an import publishes "
                            "the actors it creates."
                        )
                    )
                )
            if workflow.getGroups():
                self.permissions = False

    def add(self, adder: "Adder", actor):
        if self.workflows is None:
            self._start(actor)
        if not self.fast:
            actor = adder.add(actor)
            if api.content.get_state(actor, default=None) != "published":
                api.content.transition(obj=actor, to_state="published")
            return actor
        now = DateTime()
        for workflow in self.workflows:
            for action, state, comments in (
                (None, workflow.initial_state, ""),
                ("publish", "published", self.comments),
            ):
                self.wftool.setStatusOf(
                    workflow.getId(),
                    actor,
                    {
                        "action": action,
                        workflow.state_var: state,
                        "actor": self.userid,
                        "comments": comments,
                        "time": now,
                    },
                )
        self._permissions(actor)
        # The workflow tool would skip the actor's workflows, but still reindex
        # their variables and the actor's security: the added actor is indexed
        # whole anyway.
        actor._v_workflow_started = True
        try:
            return adder.add(actor)
        finally:
            vars(actor).pop("_v_workflow_started", None)

    def _permissions(self, actor) -> None:
        if self.permissions:
            for name, roles in self.permissions.items():
                setattr(actor, name, copy(roles))
            return
        for workflow in self.workflows:
            workflow.updateRoleMappingsFor(actor)
        if self.permissions is None:
            names = {
                pname(permission)
                for workflow in self.workflows
                for permission in workflow.permissions
            }
            self.permissions = {
                name: copy(roles)
                for name, roles in actor.__dict__.items()
                if name in names
            }


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


def import_csv(
    data: bytes,
    container,
    separator: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Validate every row, then create or update; nothing is written on error."""
    rows, errors = parse_rows(decode(data), separator)
    find_targets(rows)
    result = ImportResult(errors=errors + [e for row in rows for e in row.errors])
    if result.errors:
        return result
    publisher = Publisher(container)
    adder = Adder(container)
    total = len(rows)
    # What the directory provides, asked about forty times per added actor, is
    # computed once for the import (see PinnableSpecification).
    folder = aq_base(container)
    folder._v_provided = providedBy(container)
    try:
        for done, row in enumerate(rows, start=1):
            if row.target_uid:
                actor = api.content.get(UID=row.target_uid)
                apply_values(actor, row.values)
                modified(actor)
                result.updated += 1
            else:
                # Filled before it is added, so that it is indexed once.
                actor = adder.create(row.values["title"])
                apply_values(actor, row.values)
                publisher.add(adder, actor)
                result.created += 1
            if progress:
                progress(done, total)
    finally:
        vars(folder).pop("_v_provided", None)
    if result.created:
        notifyContainerModified(container)
    return result
