"""polepatrimoine-calls on the test site: closing expired calls, reminders."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from polepatrimoine.workflows.calls import command
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.fixtures.instance import BIN

import pytest
import subprocess
import transaction


@pytest.fixture
def world(functional, call_world):
    transaction.commit()
    return call_world


def test_closes_expired_calls_only(world):
    world.call.open_date = today() - timedelta(days=30)
    world.call.close_date = today() - timedelta(days=1)
    result = command.run(world.portal)
    assert result["closed"] == ["plone/accompagnement/appel-test"]
    assert api.content.get_state(world.call) == "closed"
    assert api.content.get_state(world.call2) == "open"
    entry = world.call.workflow_history["polepatrimoine_call_workflow"][-1]
    assert entry["comments"] == "Clôture automatique"


def test_reminds_drafts_three_days_before_closing_once(world, smtp):
    world.call.close_date = today() + timedelta(days=3)
    make_application(world.call, "applicant", "brouillon")
    move_to(
        make_application(
            world.call, "other", "deposee", contact_email="autre@exemple.fr"
        ),
        "submitted",
        owner="other",
    )
    transaction.commit()
    smtp.wait(3)  # the submission's mails
    smtp.clear()
    result = command.run(world.portal)
    transaction.commit()
    assert sorted(result["reminded"]) == [
        "applicant@exemple.fr",
        "contact@atelier.example",
    ]
    messages = smtp.wait(2)
    assert {m["To"] for m in messages} == {
        "applicant@exemple.fr",
        "contact@atelier.example",
    }
    message = messages[0]
    assert "se clôt le" in message["Subject"]
    body = message.get_content()
    assert "encore un brouillon" in body
    assert (today() + timedelta(days=3)).strftime("%d/%m/%Y") in body
    # A second run the same day sends nothing more.
    assert command.run(world.portal)["reminded"] == []


def test_no_reminder_when_closing_is_further(world):
    world.call.close_date = today() + timedelta(days=4)
    make_application(world.call, "applicant", "brouillon")
    assert command.run(world.portal)["reminded"] == []


def test_console_script_declared():
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="polepatrimoine-calls")
    assert script.load() is command.main


def test_console_script_runs_on_an_instance(instance):
    done = subprocess.run(
        [BIN / "polepatrimoine-calls", instance, "Plone"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "0 call(s) closed, 0 reminder(s) sent" in done.stdout
