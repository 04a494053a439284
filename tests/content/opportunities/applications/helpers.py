"""Offers, files and applications for the tests of applying and "Mes offres"."""

from datetime import timedelta
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.content.opportunities import expiry
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import base64
import transaction


CONTACT = "recrutement-secret@atelier-pierre.example.org"
APPLICANT = "zoe.apprentie@example.net"
PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
LETTER = PDF.replace(b"/Count 0", b"/Count 0 /Lettre (motivation)")
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def make_offer(portal, title="Stage taille de pierre Tuffeau", owner=None, **values):
    """An offer of a new actor, published and open for 30 days unless told."""
    state = values.pop("state", "published")
    deadline = values.pop("deadline", expiry.today() + timedelta(days=30))
    with api.env.adopt_roles(["Manager"]):
        actor = make_actor(portal, title=f"Atelier de {title}")
        offer = api.content.create(
            container=portal["jeunes-pros"]["offres"],
            type="Opportunity",
            title=title,
            kind="stage",
            level="cap-bep",
            department="49",
            commune="Saumur",
            contact_email=CONTACT,
            deadline=deadline,
            structure=RelationValue(getUtility(IIntIds).getId(actor)),
            **values,
        )
        if owner:
            offer.setCreators([owner])
            offer.changeOwnership(api.user.get(userid=owner).getUser())
            offer.manage_setLocalRoles(owner, ["Owner"])
        offer.reindexObject()
    if state != "private":
        # Workflow guards check roles, which adopt_roles does not give.
        with api.env.adopt_user(username=SITE_OWNER_NAME):
            api.content.transition(obj=offer, to_state=state)
    return offer


def open_offer(functional, members):
    """An open offer that alice proposed, committed (the tests' ``offer`` fixture)."""
    made = make_offer(functional["portal"], owner=members["alice"])
    transaction.commit()
    return made


def form(**overrides) -> dict:
    data = {
        "fullname": "Zoé Apprentie",
        "email": APPLICANT,
        "message": "Bonjour,\nje prépare un CAP de tailleur de pierre.",
        "consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def files(
    cv=("cv.pdf", PDF, "application/pdf"),
    letter=("lettre.pdf", LETTER, "application/pdf"),
):
    sent = {}
    if cv is not None:
        sent["cv"] = cv
    if letter is not None:
        sent["letter"] = letter
    return sent


def apply(client, offer, data=None, sent=None):
    """A multipart application, as a browser or curl -F sends it."""
    return client.post(
        f"{offer.absolute_url()}/@opportunity-apply",
        data=form() if data is None else data,
        files=files() if sent is None else sent,
    )


def as_json_file(filename, data, content_type="application/pdf") -> dict:
    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": filename,
        "content-type": content_type,
    }


def stored(portal, offer) -> list:
    """The offer's applications as the server committed them."""
    from polepatrimoine.content.opportunities.applications import storage

    transaction.abort()
    portal._p_jar.sync()
    return storage.of_offer(offer.UID())
