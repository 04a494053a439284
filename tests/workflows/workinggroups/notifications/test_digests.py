"""The weekly digest: content, once only, who gets one (real SMTP, fixed clock)."""

from DateTime import DateTime
from datetime import UTC
from datetime import timedelta
from plone import api
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store
from polepatrimoine.workflows.workinggroups.notifications import digests
from polepatrimoine.workflows.workinggroups.notifications import settings
from tests.workflows.workinggroups.agenda.world import at
from tests.workflows.workinggroups.notifications.activity import clock
from tests.workflows.workinggroups.notifications.activity import forget_building
from tests.workflows.workinggroups.notifications.activity import ours
from tests.workflows.workinggroups.notifications.activity import record_at
from tests.workflows.workinggroups.notifications.activity import to
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


SUBJECT = "[Pôle Patrimoine] Ce qui s'est passé dans vos groupes de travail"
MONDAY = at(7, 7, 0)  # Monday 7 December 2026, 7:00
POLL_DATES = [at(14, 14, 0), at(16, 9, 30)]


@pytest.fixture
def week(world, monkeypatch, smtp):
    """A week of activity before MONDAY: the coordinator adds a note, changes a
    meeting only Owner may see, the member publishes a synthesis."""
    # The scenario was built at the real date, which may fall within this week.
    forget_building(world)
    coordinator = world.users["coordinator"]
    record_at(
        monkeypatch, at(2, 10, 0), world.group, "added", world.internal, coordinator
    )
    record_at(monkeypatch, at(3, 11), world.group, "changed", world.hidden, coordinator)
    record_at(
        monkeypatch,
        at(4, 9),
        world.group,
        "published",
        world.published,
        world.users["member"],
    )
    clock(monkeypatch, MONDAY)
    smtp.clear()
    return world


def run(world, dry_run=False):
    result = digests.run(world.portal, dry_run=dry_run)
    transaction.commit()
    return result


def body_of(message) -> str:
    return message.get_content()


def test_one_digest_per_member_with_what_they_may_see(week, smtp):
    result = run(week)
    # Guest, member, coordinator of the group: each has news from others.
    expected = {week.emails[p] for p in ("guest", "member", "coordinator")}
    assert ours(week, result) == expected
    for address in expected:
        assert len(to(smtp, address)) == 1
    assert to(smtp, week.emails["outsider"]) == []
    mail = to(smtp, week.emails["member"])[0]
    assert mail["Subject"] == SUBJECT
    body = body_of(mail)
    assert "Bonjour Member," in body
    assert "== Groupe test ==" in body
    assert "Ce qui a changé :" in body
    assert f"Ajout : Note {SECRET} (Coordinator, 02/12/2026 à 10:00)" in body
    assert week.internal.absolute_url() in body
    # Not their own action, not what they may not View.
    assert "Synthèse publique" not in body.split("Réunions")[0]
    assert "Réunion confidentielle" not in body
    # Upcoming meetings (next four weeks), in Paris time.
    assert "Réunions des quatre prochaines semaines :" in body
    assert "10/12/2026 à 09:00 : Séminaire de deux jours" in body
    assert "15/12/2026 à 14:30 : Journée réseau du groupe" in body
    assert "Réunion de décembre" not in body  # 3 December: past
    assert "Sondages de dates ouverts" not in body  # no poll on the site
    assert f"{week.portal.absolute_url()}/@@my-notifications" in body
    # The coordinator's digest has the member's publication, not their own note.
    coordinator = body_of(to(smtp, week.emails["coordinator"])[0])
    assert "Publiée : Synthèse publique (Member, 04/12/2026 à 09:30)" in coordinator
    assert f"Note {SECRET}" not in coordinator.split("Réunions")[0]


def test_each_item_once(week, smtp, monkeypatch):
    run(week)
    smtp.wait(3)
    smtp.clear()
    # The timer runs again: nobody gets a second digest.
    assert run(week)["sent"] == []
    # A week later with nothing new: nothing is sent.
    clock(monkeypatch, MONDAY + timedelta(days=7))
    assert run(week)["sent"] == []
    # Something new: only that.
    record_at(
        monkeypatch,
        at(15, 16),
        week.group,
        "added",
        week.folder,
        week.users["coordinator"],
    )
    clock(monkeypatch, MONDAY + timedelta(days=14))
    assert week.emails["member"] in run(week)["sent"]
    body = body_of(to(smtp, week.emails["member"])[0])
    assert f"Dossier {SECRET}" in body
    assert f"Note {SECRET}" not in body
    assert http(week, "member").get("@my-notifications").json()["last_digest"] == (
        "2026-12-21T07:00:00+01:00"
    )


def test_a_run_within_six_days_sends_nothing_new(week, smtp, monkeypatch):
    run(week)
    smtp.wait(3)
    record_at(
        monkeypatch,
        at(8, 9),
        week.group,
        "added",
        week.folder,
        week.users["coordinator"],
    )
    clock(monkeypatch, MONDAY + timedelta(days=2))
    assert run(week)["sent"] == []
    clock(monkeypatch, MONDAY + timedelta(days=7))
    assert week.emails["member"] in run(week)["sent"]


def set_mode(world, persona, mode):
    response = http(world, persona).patch(
        "@my-notifications", json={"groups": {world.group.UID(): mode}}
    )
    assert response.status_code == 200
    transaction.begin()  # see what the server wrote


def test_nothing_for_none_nor_for_every_item(week, smtp):
    set_mode(week, "member", "none")
    set_mode(week, "guest", "each")
    assert ours(week, run(week)) == {week.emails["coordinator"]}
    assert len(to(smtp, week.emails["coordinator"])) == 1
    assert to(smtp, week.emails["member"]) == []
    assert to(smtp, week.emails["guest"]) == []


def test_removed_members_get_nothing(week, smtp):
    membership.remove_member(week.group, week.users["guest"])
    transaction.commit()
    assert week.emails["guest"] not in run(week)["sent"]
    smtp.wait(2)
    assert to(smtp, week.emails["guest"]) == []


def test_dry_run_sends_and_keeps_nothing(week, smtp):
    result = digests.run(week.portal, dry_run=True)
    transaction.abort()
    assert len(ours(week, result)) == 3
    assert smtp.messages == []
    assert settings.last_digest(week.users["member"]) is None
    # The real run afterwards still sends them.
    assert len(ours(week, run(week))) == 3


def test_console_script_declared():
    from importlib.metadata import entry_points
    from polepatrimoine.workflows.workinggroups.notifications import command

    (script,) = entry_points(group="console_scripts", name="polepatrimoine-digests")
    assert script.load() is command.main


def test_console_script_runs_on_an_instance(instance):
    from tests.fixtures.instance import BIN

    import subprocess

    for extra, expected in (
        ([], "0 digest(s) sent"),
        (["--dry-run"], "0 digest(s) due"),
    ):
        done = subprocess.run(
            [BIN / "polepatrimoine-digests", instance, "Plone", *extra],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert expected in done.stdout


def test_new_discussions_and_open_polls(week, smtp, monkeypatch):
    with api.env.adopt_roles(["Manager"]):
        discussion = api.content.create(
            container=week.group,
            type="Discussion",
            id="ordre-du-jour",
            title="Ordre du jour de mars",
        )
        for id_, title, is_open in (
            ("sondage", "Date de la réunion de mars", True),
            ("clos", "Sondage clos", False),
        ):
            poll = api.content.create(
                container=week.group,
                type="DatePoll",
                id=id_,
                title=title,
                poll_dates=POLL_DATES,
            )
            if not is_open:
                api.content.transition(obj=poll, transition="close")
        api.content.create(
            container=week.other,
            type="DatePoll",
            id="autre",
            title="Sondage de l'autre groupe",
            poll_dates=POLL_DATES,
        )
    # Created during the week (the catalog's "created" is the object's).
    discussion.creation_date = DateTime(at(5, 10, 0))
    discussion.reindexObject()
    transaction.commit()
    set_mode(week, "coordinator", "none")
    set_mode(week, "guest", "none")
    sent = ours(week, run(week))
    # (The other group's coordinator may hear of its poll, if opened this week.)
    assert sent - {week.emails["other_group_member"]} == {week.emails["member"]}
    (mail,) = to(smtp, week.emails["member"])
    body = body_of(mail)
    assert "Nouvelles discussions :\n- Ordre du jour de mars" in body
    assert discussion.absolute_url() in body
    assert "Sondages de dates ouverts : 1\n- Date de la réunion de mars" in body
    polls = body.split("Sondages de dates ouverts")[1]
    assert "Sondage clos" not in polls
    assert "l'autre groupe" not in body


def open_discussion(world, monkeypatch, persona, id_, title, when):
    """persona opens a discussion over HTTP, at ``when`` for the stream and the catalog."""
    monkeypatch.setattr(store, "now", lambda: when.astimezone(UTC))
    response = http(world, persona).post(
        world.group.absolute_url(),
        json={
            "@type": "Discussion",
            "id": id_,
            "title": title,
            "text": {"data": "<p>Qu'en pensez-vous ?</p>", "content-type": "text/html"},
        },
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    discussion = world.group[id_]
    discussion.creation_date = DateTime(when)
    discussion.reindexObject()
    transaction.commit()


def test_new_discussions_of_the_period_by_others(week, smtp, monkeypatch):
    open_discussion(
        week, monkeypatch, "member", "du-membre", "Sujet du membre", at(5, 11, 0)
    )
    # Opened while the digests run: it belongs to next week's.
    late = MONDAY + timedelta(minutes=30)
    open_discussion(week, monkeypatch, "coordinator", "tardif", "Sujet tardif", late)
    clock(monkeypatch, MONDAY)
    run(week)
    member = body_of(to(smtp, week.emails["member"])[0])
    assert "Sujet du membre" not in member  # their own
    assert "Sujet tardif" not in member
    coordinator = body_of(to(smtp, week.emails["coordinator"])[0])
    assert "Nouvelles discussions :\n- Sujet du membre" in coordinator
    assert "Sujet tardif" not in coordinator
    smtp.clear()
    clock(monkeypatch, MONDAY + timedelta(days=7))
    run(week)
    member = body_of(to(smtp, week.emails["member"])[0])
    assert "Nouvelles discussions :\n- Sujet tardif" in member
    assert member.count("Sujet tardif") == 1
    assert "Sujet du membre" not in member
    assert to(smtp, week.emails["coordinator"]) == []  # nothing new from others
