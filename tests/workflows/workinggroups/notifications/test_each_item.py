"""Members who chose "every item" get an e-mail per activity entry they may View."""

from polepatrimoine.workflows.workinggroups import membership
from tests.workflows.workinggroups.agenda.world import at
from tests.workflows.workinggroups.notifications.activity import record_at
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


@pytest.fixture
def each(world, smtp):
    for persona in ("member", "guest", "coordinator"):
        response = http(world, persona).patch(
            "@my-notifications", json={"groups": {world.group.UID(): "each"}}
        )
        assert response.status_code == 200
    transaction.begin()
    smtp.clear()
    return world


def test_an_item_mails_every_member_who_chose_it_but_its_author(
    each, smtp, monkeypatch
):
    record_at(
        monkeypatch,
        at(2, 10, 0),
        each.group,
        "added",
        each.internal,
        each.users["coordinator"],
    )
    messages = smtp.wait(2)
    assert {m["To"] for m in messages} == {each.emails["member"], each.emails["guest"]}
    mail = smtp.to(each.emails["member"])[0]
    assert mail["Subject"] == f"[Groupe test] Ajout : Note {SECRET}"
    body = mail.get_content()
    assert "Nouveau dans le groupe de travail « Groupe test » :" in body
    assert f"Ajout : Note {SECRET}" in body
    assert "Par Coordinator, le 02/12/2026 à 10:00." in body
    assert each.internal.absolute_url() in body
    assert f"{each.portal.absolute_url()}/@@my-notifications" in body
    assert smtp.to(each.emails["coordinator"]) == []


def test_nothing_about_what_the_member_may_not_view(each, smtp, monkeypatch):
    record_at(
        monkeypatch,
        at(2, 10, 0),
        each.group,
        "changed",
        each.hidden,
        each.users["coordinator"],
    )
    # A marker entry after it, so that the wait proves the first one sent nothing.
    record_at(
        monkeypatch,
        at(2, 11, 0),
        each.group,
        "added",
        each.folder,
        each.users["coordinator"],
    )
    messages = smtp.wait(2)
    assert len(smtp.messages) == 2
    assert all("confidentielle" not in m.get_content() for m in messages)
    assert all(f"Dossier {SECRET}" in m["Subject"] for m in messages)


def test_weekly_none_and_removed_members_get_no_item_mail(each, smtp, monkeypatch):
    http(each, "member").patch(
        "@my-notifications", json={"groups": {each.group.UID(): "none"}}
    )
    http(each, "guest").patch(
        "@my-notifications", json={"groups": {each.group.UID(): "weekly"}}
    )
    transaction.begin()
    record_at(
        monkeypatch,
        at(2, 10, 0),
        each.group,
        "added",
        each.internal,
        each.users["member"],
    )
    assert smtp.wait(1)[0]["To"] == each.emails["coordinator"]
    smtp.clear()
    # The coordinator hands over and leaves: no more mail for them.
    membership.change_role(each.group, each.users["member"], "coordinator")
    membership.remove_member(each.group, each.users["coordinator"])
    transaction.commit()
    http(each, "member").patch(
        "@my-notifications", json={"groups": {each.group.UID(): "each"}}
    )
    transaction.begin()
    record_at(
        monkeypatch, at(2, 12, 0), each.group, "added", each.folder, each.users["guest"]
    )
    assert [m["To"] for m in smtp.wait(1)] == [each.emails["member"]]
    assert smtp.to(each.emails["coordinator"]) == []
