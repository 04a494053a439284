"""Helpers of the import tests: rows imported as a user, a subscriber for a while."""

from AccessControl.Permission import Permission
from contextlib import contextmanager
from plone import api
from polepatrimoine.content.actors.importer.run import import_csv
from zope.component import getGlobalSiteManager

import base64


HEADER = "title;actor_category;department;zip_code;city;latitude;longitude"


# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
    "hKmMIQAAAABJRU5ErkJggg=="
)


MISSING = object()


@contextmanager
def subscribed(handler, *required):
    """``handler`` subscribed to ``required`` for the time of the block."""
    gsm = getGlobalSiteManager()
    gsm.registerHandler(handler, required)
    try:
        yield
    finally:
        gsm.unregisterHandler(handler, required)


def import_rows(portal, login, *rows):
    data = "\r\n".join((HEADER, *rows)) + "\r\n"
    with api.env.adopt_user(username=login):
        result = import_csv(data.encode("utf-8"), portal["acteurs"])
    assert result.errors == []
    return result


def imported(portal, title):
    brains = api.content.find(portal_type="Actor", Title=title, unrestricted=True)
    return [b._unrestrictedGetObject() for b in brains if b.Title == title]


def import_actor(portal, row):
    """The actor a coordinator's import of one row creates (titled as the row)."""
    import_rows(portal, "claire@example.org", row)
    (actor,) = imported(portal, row.split(";", 1)[0])
    return actor


def permission_map(obj, workflow):
    return {
        permission: sorted(Permission(permission, (), obj).getRoles(default=[]))
        for permission in workflow.permissions
    }
