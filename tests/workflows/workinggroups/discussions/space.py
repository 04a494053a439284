"""A group's space with comments and a discussion, made over HTTP as its members do.

``build_space`` extends the working-groups scenario: a document in a sub-folder
closed to all but the coordinators, comments by a member on an internal and
on a published item, by the coordinator on the closed document, and a
Discussion with a reply. Every text holds ``WORD``, a word found nowhere else.
"""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.roles import principal_id
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import transaction


WORD = "Cachalotine"
READERS = ("guest", "member", "coordinator", "site_coordinator")
OUTSIDE = ("anonymous", "outsider", "other_group_member")
COORDINATORS = ("coordinator", "site_coordinator")


def restrict_to_coordinators(folder, group) -> None:
    """Closed to all but the group's coordinators, as the sharing tab does it."""
    folder.__ac_local_roles_block__ = True
    folder.manage_setLocalRoles(
        principal_id(group.UID(), "coordinator"), ["GroupCoordinator"]
    )
    folder.reindexObjectSecurity()


def comment(s, persona, item, text):
    """POST @comments as persona; the new comment's id (None if refused)."""
    response = http(s, persona).post(
        f"{item.absolute_url()}/@comments", json={"text": text}
    )
    if response.status_code != 204:
        return None
    return response.headers["Location"].rsplit("/", 1)[-1]


def build_space(portal):
    s = build(portal)
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        s.closed = api.content.create(
            container=s.folder, type="Document", id="fermee", title="Note fermée"
        )
        restrict_to_coordinators(s.folder, s.group)
    transaction.commit()
    s.comments = {
        "internal": comment(s, "member", s.internal, f"{WORD} interne, @coordinator"),
        "published": comment(s, "member", s.published, f"{WORD} sur la synthèse"),
        "closed": comment(s, "coordinator", s.closed, f"{WORD} réservé"),
    }
    response = http(s, "member").post(
        s.group.absolute_url(),
        json={
            "@type": "Discussion",
            "id": "sujet",
            "title": f"Sujet {WORD}",
            "text": {
                "data": f"<p>Que pensez-vous du {WORD} ?</p>",
                "content-type": "text/html",
            },
        },
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    s.discussion = s.group["sujet"]
    s.comments["discussion"] = comment(
        s, "coordinator", s.discussion, f"{WORD} réponse"
    )
    assert all(s.comments.values()), s.comments
    transaction.begin()
    return s
