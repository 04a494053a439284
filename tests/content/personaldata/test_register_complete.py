"""Every store of personal data on the site has a provider in the register.

The stores are found, not listed by hand: the content types whose schema or
behaviors hold an e-mail address or a person (plone.schema ``Email``, fields
named like ``email``, ``fullname``, ``contact_*``…), and the annotation keys
of the demo site's objects whose value holds an e-mail address or a user id;
plus Plone's users. A new feature that stores personal data fails here until
it registers a provider listing the store in its ``stores``.
"""

from persistent import Persistent
from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from plone.dexterity.utils import iterSchemataForType
from plone.schema.email import IEmail
from polepatrimoine.content.personaldata.register import providers
from zope.annotation.interfaces import IAnnotations
from zope.schema import getFieldsInOrder

import re


PERSON_FIELD = re.compile(
    r"(^|_)(e_?mail|mail|fullname|full_name|first_?name|last_?name|surname"
    r"|phone|telephone|contact(_.*)?|applicant|registrant|person)(_|s?$)"
)
E_MAIL = re.compile(r"[^@\s\"'<>]+@[^@\s\"'<>]+\.[a-z]{2,}", re.IGNORECASE)
# Dublin Core's creators and contributors (user ids) belong to the "users" store:
# its erasure takes the user id out of them.
ACCOUNT_FIELDS = {"creators", "contributors"}
# Annotations Plone itself keeps about content, not about people: the
# user ids in them are an editor's lock or a rule's author, gone with the
# account's local roles.
PLONE_OWN = ("plone.locking",)


def type_stores() -> dict:
    """``{"type:<portal_type>": [field names]}`` of the types holding a person."""
    found = {}
    for fti in api.portal.get_tool("portal_types").objectValues():
        if not IDexterityFTI.providedBy(fti):
            continue
        fields = set()
        for schema in iterSchemataForType(fti.getId()):
            for name, field in getFieldsInOrder(schema):
                if name in ACCOUNT_FIELDS:
                    continue
                if IEmail.providedBy(field) or PERSON_FIELD.search(name.lower()):
                    fields.add(name)
        if fields:
            found[f"type:{fti.getId()}"] = sorted(fields)
    return found


def holds_person(value, userids, depth=0, seen=None) -> bool:
    """``value`` holds, at any depth, an e-mail address or a user id."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "ignore")
    if isinstance(value, str):
        return bool(E_MAIL.search(value)) or value in userids
    if isinstance(value, (int, float, bool)) or value is None:
        return False
    # Keeps what it saw alive, so that no id is reused during the walk.
    seen = {} if seen is None else seen
    if depth > 12 or id(value) in seen:
        return False
    seen[id(value)] = value
    children = []
    if callable(getattr(value, "items", None)):  # dicts, mappings, BTrees
        try:
            children = [x for pair in value.items() for x in pair]
        except TypeError:
            children = []
    elif isinstance(value, (list, tuple, set, frozenset)) or hasattr(
        value, "__iter__"
    ):  # sequences, PersistentList, TreeSets
        try:
            children = list(value)
        except TypeError:
            children = []
    if hasattr(value, "__dict__"):  # a persistent record's attributes
        if isinstance(value, Persistent):
            value._p_activate()
        children += list(vars(value).values())
    return any(holds_person(child, userids, depth + 1, seen) for child in children)


def annotation_stores(portal) -> dict:
    """``{"annotation:<key>": [paths]}`` of the keys holding a person."""
    acl_users = api.portal.get_tool("acl_users")
    userids = {u["userid"] for u in acl_users.searchUsers()}
    userids |= {u["login"] for u in acl_users.searchUsers()}
    catalog = api.portal.get_tool("portal_catalog")
    objects = [portal] + [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(
            path="/".join(portal.getPhysicalPath())
        )
    ]
    assert len(objects) > 50, "the demo site's content"
    found = {}
    for obj in objects:
        annotations = IAnnotations(obj, None)
        if annotations is None:
            continue
        for key in list(annotations.keys()):
            if key.startswith(PLONE_OWN):
                continue
            if holds_person(annotations[key], userids):
                path = "/".join(obj.getPhysicalPath())
                found.setdefault(f"annotation:{key}", []).append(path)
    return found


def site_stores(portal) -> dict:
    return {"users": ["acl_users"], **type_stores(), **annotation_stores(portal)}


def test_the_search_finds_the_stores_it_must(portal):
    """The search itself works: the demo site's stores that cannot be missed."""
    found = site_stores(portal)
    assert "type:Actor" in found
    assert "email" in found["type:Actor"]
    assert "type:Application" in found
    # Event registrations (content/meetings/registrations.py), on the demo events.
    assert any(key.startswith("annotation:polepatrimoine") for key in found)
    # The newsletter's subscribers (content/newsletter/subscribers.py), on the site.
    assert "annotation:polepatrimoine.newsletter.subscribers" in found


def test_every_store_has_a_provider(portal):
    claimed = {store for p in providers().values() for store in p.stores}
    found = site_stores(portal)
    missing = {store: where for store, where in found.items() if store not in claimed}
    assert missing == {}, "Stores without a provider in the register: " + ", ".join(
        f"{store} ({', '.join(where[:3])})" for store, where in sorted(missing.items())
    )
