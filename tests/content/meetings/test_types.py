"""The polepatrimoine.meeting behavior, the Resource type and their vocabularies."""

from polepatrimoine.content.meetings.behavior import IMeeting
from tests.content.meetings.helpers import in_days
from tests.fixtures.http import client

import pytest


def test_event_has_the_meeting_behavior(get_fti):
    assert "polepatrimoine.meeting" in get_fti("Event").behaviors


def test_meeting_fields(portal):
    names = set(IMeeting.names())
    assert names == {
        "meeting_format",
        "working_group",
        "online_url",
        "replay_url",
        "related_resources",
        "capacity",
        "registration_deadline",
    }
    assert IMeeting["working_group"].source.query["portal_type"] == "WorkingGroup"


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        (
            "polepatrimoine.vocabularies.MeetingFormats",
            [
                "connexions",
                "rencontre",
                "atelier",
                "visite",
                "webinaire",
                "assemblee-generale",
                "concertation",
                "autre",
            ],
        ),
        (
            "polepatrimoine.vocabularies.ResourceTypes",
            ["article", "video", "replay", "guide", "fiche-metier", "outil"],
        ),
        (
            "polepatrimoine.vocabularies.Audiences",
            ["jeunes", "professionnels", "collectivites", "tout-public"],
        ),
    ],
)
def test_vocabularies(get_vocabulary, portal, name, tokens):
    vocabulary = get_vocabulary(name, portal)
    assert [term.token for term in vocabulary] == tokens
    assert all(term.title for term in vocabulary)


class TestValidationOverRest:
    """Events created by REST clients: the rules of the meeting fields."""

    def event(self, **fields):
        return {
            "@type": "Event",
            "title": "Atelier",
            "start": in_days(20, 9).isoformat(),
            "end": in_days(20, 12).isoformat(),
            **fields,
        }

    def post(self, url, data):
        return client(admin=True).post(url, json=data)

    def test_valid_meeting(self, functional):
        url = functional["portal"]["agenda"].absolute_url()
        response = self.post(
            url,
            self.event(
                meeting_format="webinaire",
                capacity=12,
                online_url="https://visio.exemple.fr/atelier",
                registration_deadline=in_days(18).isoformat(),
            ),
        )
        assert response.status_code == 201, response.text
        data = response.json()
        assert data["capacity"] == 12
        assert data["meeting_format"]["token"] == "webinaire"
        assert data["online_url"] == "https://visio.exemple.fr/atelier"

    def test_deadline_after_start_is_refused(self, functional):
        agenda = functional["portal"]["agenda"]
        url = agenda.absolute_url()
        before = len(agenda)
        response = self.post(
            url, self.event(capacity=10, registration_deadline=in_days(21).isoformat())
        )
        assert response.status_code == 400
        # plone.restapi's own answer to invalid content: {"type", "message"}.
        error = response.json()
        assert error["type"] == "BadRequest"
        assert "Date limite d'inscription" in error["message"]
        assert len(client().get(url).json()["items"]) == before

    def test_negative_capacity_is_refused(self, functional):
        url = functional["portal"]["agenda"].absolute_url()
        response = self.post(url, self.event(capacity=-3))
        assert response.status_code == 400
        error = response.json()
        assert error["type"] == "BadRequest"
        assert "'field': 'capacity'" in error["message"]
        assert "Valeur trop petite" in error["message"]

    def test_deadline_checked_on_edit(self, functional):
        url = functional["portal"]["agenda"].absolute_url()
        created = self.post(url, self.event(capacity=5)).json()["@id"]
        admin = client(admin=True)
        response = admin.patch(
            created, json={"registration_deadline": in_days(25).isoformat()}
        )
        assert response.status_code == 400
        assert admin.get(created).json()["registration_deadline"] is None
