"""Where applications are kept: an annotation of the site, per offer UID.

Not on the offer: CMFEditions copies an object's annotations into each version
it saves, and an application (with its CV) must leave the site after its
retention, versions included. Each application is a persistent record holding
its files as blobs; the structure reads them in "Mes offres".
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent import Persistent
from plone import api
from polepatrimoine.content.opportunities import expiry
from zope.annotation.interfaces import IAnnotations

import secrets


ANNOTATION_KEY = "polepatrimoine.opportunities.applications"
# The files an applicant sends; their order is the mail's and the page's.
FILES = ("cv", "letter")


class Application(Persistent):
    """One application: who, their message, when, the consent, the files."""

    def __init__(self, offer_uid: str, values: dict, files: dict, date: datetime):
        self.id = secrets.token_hex(8)
        self.offer_uid = offer_uid
        self.fullname = values["fullname"]
        self.email = values["email"]
        self.message = values["message"]
        self.consent = values["consent"]
        # Aware, in UTC (``paris`` gives the time the site shows).
        self.date = date
        # name -> NamedBlobFile
        self.files = dict(files)


def paris(when: datetime) -> datetime:
    return when.astimezone(expiry.PARIS)


def _root(create: bool = False):
    annotations = IAnnotations(api.portal.get())
    root = annotations.get(ANNOTATION_KEY)
    if root is None and create:
        root = annotations[ANNOTATION_KEY] = OOBTree()
    return root


def of_offer(uid: str) -> list[Application]:
    """The offer's applications, oldest first."""
    root = _root()
    stored = root.get(uid) if root is not None else None
    if not stored:
        return []
    return sorted(stored.values(), key=lambda a: a.date)


def get(uid: str, application_id: str) -> Application | None:
    root = _root()
    stored = root.get(uid) if root is not None else None
    return stored.get(application_id) if stored else None


def add(offer_uid: str, values: dict, files: dict, date: datetime) -> Application:
    root = _root(create=True)
    stored = root.get(offer_uid)
    if stored is None:
        stored = root[offer_uid] = OOBTree()
    application = Application(offer_uid, values, files, date)
    stored[application.id] = application
    return application


def every() -> list[Application]:
    """Every stored application, of every offer (the register's provider)."""
    root = _root()
    if root is None:
        return []
    return [a for stored in root.values() for a in stored.values()]


def remove(application: Application) -> None:
    root = _root()
    stored = root.get(application.offer_uid) if root is not None else None
    if stored is None or application.id not in stored:
        return
    del stored[application.id]
    if not stored:
        del root[application.offer_uid]
