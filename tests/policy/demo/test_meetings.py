"""The demo meetings and resources of the site built by the distribution."""

from plone import api
from polepatrimoine.content.meetings.registrations import get_registrations
from polepatrimoine.policy.demo import meetings
from tests.fixtures.http import client


def test_past_connexions_day_with_replay_and_resources(portal):
    (brain,) = api.content.find(
        portal_type="Event",
        meeting_format="connexions",
        end={"query": api.portal.get().ZopeTime(), "range": "max"},
    )
    assert brain.replay_url
    assert len(brain.related_resource_uids) == 2


def test_three_upcoming_events_one_full(portal):
    upcoming = api.content.find(
        portal_type="Event", end={"query": api.portal.get().ZopeTime(), "range": "min"}
    )
    # The concertation workshop is the projects' demo (tests/policy/demo/test_projects.py).
    upcoming = [b for b in upcoming if b.meeting_format != "concertation"]
    assert len(upcoming) == 3
    full = portal["agenda"]["atelier-chartes-et-labels"]
    counts = get_registrations(full).counts()
    assert counts == {"confirmed": 3, "waitlisted": 2, "pending": 0, "held": 0}


def test_resources_for_young_people(portal):
    assert (
        len(api.content.find(portal_type="Resource", resource_audience="jeunes")) == 3
    )


def test_demo_is_idempotent(portal):
    before = (
        len(portal["ressources"]),
        len(get_registrations(portal["agenda"]["atelier-chartes-et-labels"])),
    )
    meetings.create(portal)
    after = (
        len(portal["ressources"]),
        len(get_registrations(portal["agenda"]["atelier-chartes-et-labels"])),
    )
    assert before == after


def test_sections_show_agenda_and_resources(functional):
    url = functional["portal"].absolute_url()
    page = client(url, json=False)
    agenda = page.get(f"{url}/agenda").text
    assert "Journées ConneXionS passées" in agenda
    assert "Synthèse de la journée ConneXionS patrimoine et territoires" in agenda
    resources = page.get(f"{url}/ressources", params={"type": "fiche-metier"}).text
    results = resources.split('class="resource-results')[1].split("</ul>")[0]
    assert "Fiche métier : tailleur de pierre" in results
    assert "Synthèse de la journée" not in results
    youth = page.get(f"{url}/jeunes-pros").text
    results = youth.split('class="resource-results')[1].split("</ul>")[0]
    assert "Guide : trouver son premier stage dans le patrimoine" in results
    assert "Replay" not in results
