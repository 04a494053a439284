"""The store of Plone's users: the account and its member data (profile, portrait)."""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.versions import purge_versions
from polepatrimoine.content.common.versions import saved_by
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from zope.interface import implementer


# Member data that is bookkeeping, not about the person.
SKIPPED = {"last_login_time", "login_time", "error_log_update", "listed", "ext_editor"}


def _users(person) -> list:
    """The accounts of ``person``: their user id, else every account whose login
    or e-mail address is theirs."""
    found = {}
    if person.userid:
        user = api.user.get(userid=person.userid)
        if user is not None:
            found[user.getId()] = user
    if person.email:
        acl_users = api.portal.get_tool("acl_users")
        for info in acl_users.searchUsers(email=person.email, exact_match=True):
            user = api.user.get(userid=info["userid"])
            if user is not None and person.matches(email=user.getProperty("email")):
                found[user.getId()] = user
        user = api.user.get(username=person.email)
        if user is not None:
            found[user.getId()] = user
    return [found[key] for key in sorted(found)]


def _profile(user) -> dict:
    tool = api.portal.get_tool("portal_memberdata")
    profile = {}
    for name in sorted(tool.propertyIds()):
        if name in SKIPPED:
            continue
        value = user.getProperty(name, None)
        if value in (None, "", (), []):
            continue
        profile[name] = list(value) if isinstance(value, (tuple, list)) else value
    return profile


def _portrait(user):
    tool = api.portal.get_tool("portal_memberdata")
    portrait = tool._getPortrait(user.getId())
    if portrait is None:
        return None
    return {
        "url": f"{api.portal.get().absolute_url()}/@portrait/{user.getId()}",
        "content_type": getattr(portrait, "content_type", None),
    }


@implementer(IPersonalDataProvider)
class UsersProvider:
    """Accounts are kept until deleted: erasing one deletes it (``api.user.delete``)."""

    title = _("User accounts")
    purpose = _(
        "Let members log in, take part in working groups, register for meetings "
        "and apply to calls."
    )
    legal_basis = _("Contract: the membership terms accepted when registering.")
    categories = (
        _("login and e-mail address"),
        _("full name"),
        _("profile fields (description, location, web site)"),
        _("portrait"),
        _("groups and roles"),
    )
    recipients = _("The network's coordinators; the site's administrators.")
    retention = _(
        "As long as the account exists: it is deleted at its holder's request or "
        "by a coordinator; no automatic purge."
    )
    retention_settings = ()
    # The ids of deleted accounts (policy/accounts.py) stay retired after an
    # erasure, so that no one inherits what is still keyed by them.
    stores = ("users", "annotation:polepatrimoine.retired_userids")

    def find(self, person) -> list:
        portal_url = api.portal.get().absolute_url()
        return [
            {
                "title": user.getProperty("fullname") or user.getUserName(),
                "url": f"{portal_url}/@@user-information?userid={user.getId()}",
                "summary": _(
                    "Account ${login}",
                    mapping={"login": user.getUserName()},
                ),
            }
            for user in _users(person)
        ]

    def export(self, person) -> list:
        return [
            {
                "id": user.getId(),
                "login": user.getUserName(),
                "profile": _profile(user),
                "portrait": _portrait(user),
                "groups": sorted(
                    group.getId()
                    for group in api.group.get_groups(user=user)
                    if group.getId() != "AuthenticatedUsers"
                ),
                "roles": sorted(
                    r
                    for r in api.user.get_roles(user=user)
                    if r not in ("Authenticated", "Member")
                ),
            }
            for user in _users(person)
        ]

    def erase(self, person) -> int:
        # Deleting the account runs the suite's deletion cleanup (working-group
        # rosters, join requests, Plone groups, global roles; the id retired)
        # and Plone's own (member data, portrait, local roles).
        users = _users(person)
        for user in users:
            userid = user.getId()
            _forget_authorship(userid, {userid, user.getUserName()})
            api.user.delete(username=userid)
        return len(users)

    def purge(self, now, dry_run=False) -> int:
        return 0


def _forget_authorship(userid: str, names: set) -> None:
    """Take the user id out of what they made or edited: the catalog shows it
    (``Creator``, ``listCreators``), it is often made from the full name, and the
    versions they saved name them."""
    catalog = api.portal.get_tool("portal_catalog")
    objects = {
        "/".join(obj.getPhysicalPath()): obj
        for obj in [
            b._unrestrictedGetObject()
            for b in catalog.unrestrictedSearchResults(Creator=userid)
        ]
        + saved_by(names)
    }
    for obj in objects.values():
        creators = getattr(obj, "creators", ())
        if userid in creators:
            obj.creators = tuple(c for c in creators if c != userid)
        purge_versions(obj, lambda copy: _created_by(copy, names), by=names)
        obj.reindexObject()


def _created_by(copy, names) -> bool:
    listed = getattr(copy, "listCreators", None)
    return bool(set(listed()) & names) if listed is not None else False
