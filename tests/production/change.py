"""Run inside snapshot.py (zconsole), when $CHANGE_ROUND is set: one round of changes after a backup.

An actor added and another removed, a registration, a roster entry, an
application's attachment replaced and another application deleted, a user
added and one removed, a page retitled.
"""

from plone import api
from plone.namedfile.file import NamedBlobFile
from polepatrimoine.content.meetings.registrations import ANNOTATION_KEY
from polepatrimoine.content.meetings.registrations import capacity_of
from polepatrimoine.content.meetings.registrations import get_registrations
from polepatrimoine.workflows.workinggroups import membership
from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import setSite

import os
import transaction


site = app["Plone"]  # noqa: F821 (bound by zconsole)
setSite(site)
n = os.environ["CHANGE_ROUND"]
catalog = site.portal_catalog

with api.env.adopt_roles(["Manager"]):
    actor = api.content.create(
        container=site["acteurs"],
        type="Actor",
        title=f"Acteur d'après la sauvegarde {n}",
        actor_category="association",
        department="44",
        zip_code="44000",
        city="Nantes",
    )
    api.content.transition(obj=actor, to_state="published")
    old_actor = catalog.unrestrictedSearchResults(portal_type="Actor", sort_on="id")[0]
    api.content.delete(
        obj=old_actor._unrestrictedGetObject(), check_linkintegrity=False
    )

    events = [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(portal_type="Event")
    ]
    event = next(e for e in events if ANNOTATION_KEY in IAnnotations(e))
    # Straight into the stored registrations: the demo's events may have closed
    # registrations, and what is tested here is the backup.
    get_registrations(event).add(
        f"Inscrite {n}", f"inscrite{n}@exemple.invalid", "", None, capacity_of(event)
    )

    user = api.user.create(
        email=f"nouvelle{n}@example.org",
        username=f"nouvelle{n}@example.org",
        password="Secret-Patrimoine-44",
        properties={"fullname": f"Nouvelle {n}"},
    )
    api.group.add_user(groupname="adherents", user=user)
    group = catalog.unrestrictedSearchResults(portal_type="WorkingGroup", sort_on="id")[
        0
    ]
    membership.add_member(group._unrestrictedGetObject(), user.getId(), "member")
    if n == "2":
        demo_user = next(u for u in api.user.get_users() if u.getId().endswith("-demo"))
        api.user.delete(user=demo_user)

    applications = [
        b._unrestrictedGetObject()
        for b in catalog.unrestrictedSearchResults(
            portal_type="Application", sort_on="id"
        )
    ]
    with_file = next(a for a in applications if a.document_presentation)
    with_file.document_presentation = NamedBlobFile(
        data=f"%PDF-1.4 changed {n}".encode(), filename="nouvelle.pdf"
    )
    with_file.reindexObject()
    api.content.delete(obj=applications[-1], check_linkintegrity=False)

    page = site["a-propos"]
    page.title = f"À propos, version {n}"
    page.reindexObject()

transaction.commit()
print(f"Round {n} of changes committed.")
