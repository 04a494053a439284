"""polepatrimoine-opportunities: retiring offers past their deadline, warning owners a week before."""

from datetime import datetime
from datetime import time
from datetime import timedelta
from plone import api
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.workflows.opportunities import command
from tests.fixtures.instance import BIN
from tests.fixtures.opportunities import in_days
from tests.fixtures.opportunities import make_offer

import pytest
import subprocess
import transaction


@pytest.fixture
def world(functional, jeunes_pros, members):
    portal = jeunes_pros["portal"]

    def offer(title, deadline, state="published"):
        return make_offer(
            portal,
            jeunes_pros["alices"],
            title=title,
            deadline=deadline,
            state=state,
            owner=members["alice"],
        )

    made = {
        "past": offer("Passée", in_days(-1)),
        "today": offer("Dernier jour", in_days(0)),
        "week": offer("Dans une semaine", in_days(7)),
        "later": offer("Dans huit jours", in_days(8)),
        "pending": offer("En attente", in_days(-2), state="pending"),
    }
    transaction.commit()
    return portal, made


def test_retires_the_offers_past_their_deadline_only(world):
    portal, offers = world
    result = command.run(portal)
    transaction.commit()
    assert result["retired"] == [offers["past"].absolute_url(1)]
    states = {name: api.content.get_state(o) for name, o in offers.items()}
    assert states == {
        "past": "expired",
        "today": "published",
        "week": "published",
        "later": "published",
        "pending": "pending",
    }
    entry = offers["past"].workflow_history["polepatrimoine_opportunity_workflow"][-1]
    assert entry["comments"] == "Date limite passée"
    assert command.run(portal)["retired"] == []


def test_with_the_clock_a_day_later(world, monkeypatch):
    portal, offers = world
    tomorrow = expiry.today() + timedelta(days=1)
    monkeypatch.setattr(
        expiry,
        "now",
        lambda: datetime.combine(tomorrow, time(3, 0), tzinfo=expiry.PARIS),
    )
    retired = command.run(portal)["retired"]
    assert sorted(retired) == sorted(
        o.absolute_url(1) for o in (offers["past"], offers["today"])
    )


def test_warns_the_owner_a_week_before_once(world, smtp):
    portal, offers = world
    result = command.run(portal)
    transaction.commit()
    # The offer closing today and the one in a week; not the one in eight days.
    assert result["warned"] == ["alice@example.org", "alice@example.org"]
    messages = smtp.wait(2)
    assert {m["To"] for m in messages} == {"alice@example.org"}
    subjects = sorted(m["Subject"] for m in messages)
    assert subjects == [
        "Votre offre se termine bientôt : Dans une semaine",
        "Votre offre se termine bientôt : Dernier jour",
    ]
    body = next(m for m in messages if "semaine" in m["Subject"]).get_content()
    assert in_days(7).strftime("%d/%m/%Y") in body
    assert f"{offers['week'].absolute_url()}/edit" in body
    assert "date limite" in body
    # Run again the same day: nobody is told twice.
    assert command.run(portal)["warned"] == []
    # A new deadline warns again when it comes near.
    offers["week"].deadline = in_days(6)
    assert command.run(portal)["warned"] == ["alice@example.org"]


def test_console_script_declared():
    from importlib.metadata import entry_points

    (script,) = entry_points(
        group="console_scripts", name="polepatrimoine-opportunities"
    )
    assert script.load() is command.main


def test_console_script_runs_on_an_instance(instance):
    done = subprocess.run(
        [BIN / "polepatrimoine-opportunities", instance, "Plone"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "offer(s) retired" in done.stdout
    assert "owner(s) warned" in done.stdout
