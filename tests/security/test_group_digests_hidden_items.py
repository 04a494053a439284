"""Comments, discussions and polls leak into no digest nor per-item e-mail.

In the agenda scenario's group (see test_group_agenda_digests.py): a comment
on the meeting only Owner may View, a discussion the sharing tab closed to the
coordinators (commented this week), and an open poll of the other group.
Every persona of both groups chose either "every item" or the weekly digest;
each must read of them only what they may View.
"""

from DateTime import DateTime
from datetime import UTC
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.notifications import digests
from tests.fixtures.http import client
from tests.workflows.workinggroups.agenda.world import NEVER
from tests.workflows.workinggroups.agenda.world import at
from tests.workflows.workinggroups.agenda.world import build_world
from tests.workflows.workinggroups.discussions.space import restrict_to_coordinators
from tests.workflows.workinggroups.notifications.activity import clock
from tests.workflows.workinggroups.notifications.activity import forget_building
from tests.workflows.workinggroups.notifications.activity import ours
from tests.workflows.workinggroups.notifications.activity import record_at
from tests.workflows.workinggroups.notifications.activity import to
from tests.workflows.workinggroups.scenario import http

import html
import pytest
import transaction


WORD = "Baleinette"  # the hidden comment's text only
RESERVED = "Discussion réservée"
OTHER_POLL = "Sondage de l'autre groupe"
GROUP = ("guest", "member", "coordinator")
NOBODY = ("outsider",)


@pytest.fixture
def world(functional):
    scenario = build_world(functional["portal"])
    transaction.commit()
    return scenario


def at_time(monkeypatch, when) -> None:
    monkeypatch.setattr(store, "now", lambda: when.astimezone(UTC))


def reserved_discussion(world, monkeypatch):
    """Opened before the week (only its creation date falls in it, for the
    digest's "new discussions") and closed to the coordinators."""
    at_time(monkeypatch, at(20, month=11))
    response = client(world.portal.absolute_url(), admin=True).post(
        world.group.absolute_url(),
        json={
            "@type": "Discussion",
            "id": "reservee",
            "title": RESERVED,
            "text": {"data": "<p>Entre nous.</p>", "content-type": "text/html"},
        },
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    discussion = world.group["reservee"]
    restrict_to_coordinators(discussion, world.group)
    discussion.creation_date = DateTime(at(3, 9, 0))
    discussion.reindexObject()
    transaction.commit()
    return discussion


def choose(world, mode) -> None:
    for persona in (*GROUP, "other_group_member"):
        group = world.other if persona == "other_group_member" else world.group
        response = http(world, persona).patch(
            "@my-notifications", json={"groups": {group.UID(): mode}}
        )
        assert response.ok, response.text
    transaction.begin()


def the_week(world, monkeypatch, discussion) -> None:
    """The site owner comments on the hidden meeting and on the reserved
    discussion, opens a poll in the other group and adds a note all see."""
    admin = client(world.portal.absolute_url(), admin=True)
    at_time(monkeypatch, at(3, 10, 0))
    for item, text in ((world.hidden, f"{WORD} ici"), (discussion, "Réponse")):
        response = admin.post(f"{item.absolute_url()}/@comments", json={"text": text})
        assert response.status_code == 204, response.text
    transaction.begin()
    at_time(monkeypatch, at(3, 11, 0))
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.create(
            container=world.other,
            type="DatePoll",
            id="sondage-autre",
            title=OTHER_POLL,
            poll_dates=[at(14, 14, 0), at(16, 9, 30)],
        )
    transaction.commit()
    record_at(monkeypatch, at(4, 9, 0), world.group, "added", world.internal, None)


def read(smtp, world, persona) -> str:
    return html.unescape(
        "\n".join(
            f"{m['Subject']}\n{m.get_content()}"
            for m in to(smtp, world.emails[persona])
        )
    )


@pytest.mark.parametrize("mode", ["each", "weekly"])
def test_hidden_comments_discussions_and_other_polls(world, smtp, monkeypatch, mode):
    forget_building(world)
    discussion = reserved_discussion(world, monkeypatch)
    choose(world, mode)
    smtp.clear()
    the_week(world, monkeypatch, discussion)
    if mode == "weekly":
        clock(monkeypatch, at(7, 7, 0))
        result = digests.run(world.portal)
        transaction.commit()
        expected = {world.emails[p] for p in (*GROUP, "other_group_member")}
        assert ours(world, result) == expected
    mails = {p: read(smtp, world, p) for p in (*GROUP, "other_group_member")}
    # Everyone was told something: the note, or the other group's poll.
    assert all(mails.values()), mails
    secret = (WORD, *NEVER)
    for persona in GROUP:
        assert not [w for w in (*secret, OTHER_POLL) if w in mails[persona]], persona
    for persona in ("guest", "member"):
        assert RESERVED not in mails[persona], persona
    # The coordinators may View the reserved discussion: they hear of it.
    assert RESERVED in mails["coordinator"]
    other = mails["other_group_member"]
    assert OTHER_POLL in other
    assert not [w for w in (*secret, RESERVED, "Note Zorglubine") if w in other]
    for persona in NOBODY:
        assert to(smtp, world.emails[persona]) == []
