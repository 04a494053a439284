"""Answering a person's request across every store: find, export, erase."""

from plone import api
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from zope.i18nmessageid import Message


def person_for(email: str) -> Person:
    """The person with that address, with the user id of their account when
    one account has it as login or e-mail address."""
    person = Person(email)
    userids = set()
    user = api.user.get(username=person.email)
    if user is not None:
        userids.add(user.getId())
    acl_users = api.portal.get_tool("acl_users")
    for info in acl_users.searchUsers(email=person.email, exact_match=True):
        found = api.user.get(userid=info["userid"])
        if found is not None and person.matches(email=found.getProperty("email")):
            userids.add(found.getId())
    if len(userids) == 1:
        return Person(person.email, userids.pop())
    return person


def current_person() -> Person:
    """The logged-in user, by their account's e-mail address and user id."""
    user = api.user.get_current()
    email = user.getProperty("email") or user.getUserName()
    return Person(email, user.getId())


def jsonable(value, request):
    """``value`` with its msgids translated, ready for ``json.dumps``."""
    if isinstance(value, Message):
        return translated(value, request)
    if isinstance(value, dict):
        return {str(k): jsonable(v, request) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v, request) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def find(person, request) -> dict:
    """``{store: {"title", "items": [{"title", "url", "summary"}]}}``, every store."""
    found = {}
    with api.env.adopt_roles(["Manager"]):
        for name, provider in providers().items():
            found[name] = {
                "title": translated(provider.title, request),
                "items": jsonable(provider.find(person), request),
            }
    return found


def export(person, request) -> dict:
    """Everything every store holds about ``person``, by store."""
    data = {}
    with api.env.adopt_roles(["Manager"]):
        for name, provider in providers().items():
            data[name] = {
                "title": translated(provider.title, request),
                "purpose": translated(provider.purpose, request),
                "legal_basis": translated(provider.legal_basis, request),
                "retention": translated(provider.retention, request),
                "records": jsonable(provider.export(person), request),
            }
    return data


def erase(person) -> dict:
    """Erase ``person`` in every store: ``{store: records treated}``."""
    counts = {}
    # The account goes last: the other stores may still look its id up.
    names = sorted(providers(), key=lambda name: name == "users")
    with api.env.adopt_roles(["Manager"]):
        for name in names:
            counts[name] = int(providers()[name].erase(person) or 0)
    return counts


def counts_of(found: dict) -> dict:
    return {name: len(store["items"]) for name, store in found.items()}
