"""The observatory's département filter on events: the organiser's département,
else the postal code of the place; an organiser that moves takes its events along."""

from datetime import datetime
from datetime import timedelta
from plone import api
from tests.content.meetings.helpers import TZ
from tests.content.meetings.helpers import make_event
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest
import transaction


# Years no other content uses: the counts are those of the events made here.
ORGANISED, PLACED = 2003, 2004


def held(clients, department, year):
    params = {"department": department, "year_from": year, "year_to": year}
    response = clients["anonymous"].get("@observatory", params=params)
    assert response.status_code == 200, response.text
    rows = {
        f["id"]: {r["key"]: r["value"] for r in f["rows"]}
        for s in response.json()["sections"]
        for f in s["figures"]
    }
    # No event held that year in the département: no row.
    return rows["events_by_year"].get(str(year), 0)


@pytest.fixture
def events(functional, clients):
    portal = functional["portal"]
    organiser = make_actor(
        portal, title="Communauté de communes", department="53", zip_code="53000"
    )
    intids = getUtility(IIntIds)
    for number in range(3):
        start = TZ.localize(datetime(ORGANISED, 5, 10 + number, 9))
        make_event(
            portal["agenda"],
            f"atelier-organise-{number}",
            commit=False,
            start=start,
            end=start + timedelta(hours=3),
            # The organiser wins over a place elsewhere.
            location="Salle, 44000 Nantes",
            organiser=RelationValue(intids.getId(organiser)),
        )
        start = TZ.localize(datetime(PLACED, 6, 10 + number, 9))
        make_event(
            portal["agenda"],
            f"atelier-situe-{number}",
            commit=False,
            start=start,
            end=start + timedelta(hours=3),
            location=f"Musée, 1 rue du Port, 8500{number} La Roche-sur-Yon",
        )
    transaction.commit()
    return organiser


def test_events_filtered_by_organiser_and_postal_code(events, clients):
    assert held(clients, "53", ORGANISED) == 3
    assert held(clients, "44", ORGANISED) == 0
    assert held(clients, "85", PLACED) == 3
    assert held(clients, "53", PLACED) == 0


def test_events_follow_their_organiser(events, clients):
    response = clients["admin"].patch(
        events.absolute_url(), json={"department": "72", "zip_code": "72000"}
    )
    assert response.status_code == 204, response.text
    assert held(clients, "72", ORGANISED) == 3
    assert held(clients, "53", ORGANISED) == 0


def test_upgrade_indexes_existing_events(events, clients):
    catalog = api.portal.get_tool("portal_catalog")
    setup_tool = api.portal.get_tool("portal_setup")
    profile = "polepatrimoine.content:default"
    catalog.delIndex("event_department")
    setup_tool.setLastVersionForProfile(profile, "1010")
    transaction.commit()

    setup_tool.upgradeProfile(profile)
    transaction.commit()

    assert setup_tool.getLastVersionForProfile(profile) == (
        setup_tool.getVersionForProfile(profile),
    )
    assert held(clients, "53", ORGANISED) == 3
    assert held(clients, "85", PLACED) == 3
