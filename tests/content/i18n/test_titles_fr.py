"""No English left in the titles the suite gives Plone: types, their tabs, actions, vocabularies.

Each is translated in the domain Plone renders it in (a type's title in the
type's own domain, its tabs in ``plone``): a title added later without its
French fails here.
"""

from plone import api
from zope.component import getUtilitiesFor
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.schema.interfaces import IVocabularyFactory

import pytest


# English words whose French is the same.
SAME_IN_FRENCH = frozenset({"Jury", "Discussion"})


def french(text: str, domain: str) -> bool:
    return text in SAME_IN_FRENCH or (
        translate(text, domain=domain, target_language="fr") != text
    )


def suite_types():
    for fti in api.portal.get_tool("portal_types").objectValues():
        if fti.i18n_domain == "polepatrimoine":
            yield fti


def test_the_suite_has_types(portal):
    assert {"Actor", "Call", "Application", "WorkingGroup"} <= {
        fti.getId() for fti in suite_types()
    }


def test_type_titles_and_descriptions(portal):
    english = [
        (fti.getId(), text)
        for fti in suite_types()
        for text in (fti.title, fti.description)
        if text and not french(text, "polepatrimoine")
    ]
    assert english == []


def test_type_tabs(portal):
    """The object's tabs (« Candidatures », « Examiner »...) are read in the ``plone`` domain."""
    tabs = [
        (fti.getId(), action.getId(), action.title)
        for fti in suite_types()
        for action in fti.listActions()
    ]
    assert ("Call", "applications", "Applications") in tabs
    english = [tab for tab in tabs if not french(tab[2], "plone")]
    assert english == []


def test_portal_actions(portal):
    actions = [
        action
        for category in api.portal.get_tool("portal_actions").objectValues()
        for action in category.objectValues()
        if getattr(action, "i18n_domain", None) == "polepatrimoine"
    ]
    assert len(actions) >= 5
    english = [
        (action.getId(), action.title)
        for action in actions
        if not french(action.title, "polepatrimoine")
    ]
    assert english == []


def suite_vocabularies():
    for name, factory in getUtilitiesFor(IVocabularyFactory):
        if name.startswith("polepatrimoine."):
            yield name, factory


def test_vocabulary_titles(portal):
    names = []
    english = []
    for name, factory in suite_vocabularies():
        names.append(name)
        for term in factory(portal):
            title = term.title
            if isinstance(title, Message):
                if not french(title, title.domain):
                    english.append((name, term.token, title))
            # A plain title is the French itself: never an English msgid.
            elif (
                translate(title, domain="polepatrimoine", target_language="fr") != title
            ):
                english.append((name, term.token, title))
    assert len(names) >= 15
    assert english == []


@pytest.mark.parametrize("headers", [{}, {"Accept-Language": "fr"}])
def test_types_over_rest(clients, headers):
    answer = clients["admin"].get("@types", headers=headers)
    titles = {item["id"]: item["title"] for item in answer.json()}
    assert titles["Call"] == "Appel à candidatures"
    assert titles["Application"] == "Candidature"
    assert titles["Actor"] == "Acteur du patrimoine"


def test_roles(portal):
    """Plone's users and groups control panels title their columns in the ``plone`` domain."""
    roles = set(portal.validRoles())
    assert {"Juror", "GroupCoordinator", "GroupMember", "GroupGuest"} <= roles
    assert [role for role in sorted(roles) if not french(role, "plone")] == []
