"""GET @registrations, the organisers' page and the CSV export: organisers only."""

from plone import api
from tests.content.meetings.helpers import make_event
from tests.content.meetings.helpers import make_user
from tests.fixtures.http import client
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register


class TestOrganisers:
    def test_refused_to_anonymous_members_and_registrants(
        self, portal, event_url, smtp
    ):
        make_user("inscrite@exemple.fr")
        register(event_url, person(1), login="inscrite@exemple.fr")
        for login in (None, "inscrite@exemple.fr"):
            rest, pages = client(login=login), client(login=login, json=False)
            for path in ("@registrations", "@registrations-export"):
                response = rest.get(f"{event_url}/{path}")
                assert response.status_code == 401
                assert "personne1" not in response.text
            page = pages.get(f"{event_url}/@@registrations")
            assert "personne1@exemple.fr" not in page.text
            event_page = pages.get(event_url)
            assert "personne1@exemple.fr" not in event_page.text
            assert "Personne 1" not in event_page.text
            serialized = rest.get(event_url)
            assert "personne1" not in serialized.text

    def test_group_coordinator_of_the_folder_is_an_organiser(self, portal, smtp):
        with api.env.adopt_roles(["Manager"]):
            group = api.content.create(
                container=portal["groupes-de-travail"], type="Folder", id="groupe"
            )
            api.content.transition(obj=group, to_state="published")
        make_user("coordination@exemple.fr", commit=False)
        make_user("autre@exemple.fr", commit=False)
        api.user.grant_roles(
            username="coordination@exemple.fr", obj=group, roles=["GroupCoordinator"]
        )
        url = make_event(group, obj_id="reunion").absolute_url()
        register(url, person(1))
        allowed = listing(url, "coordination@exemple.fr")
        assert allowed.status_code == 200
        assert allowed.json()["items"][0]["email"] == "personne1@exemple.fr"
        assert listing(url, "autre@exemple.fr").status_code == 401
        other = make_event(portal["agenda"], obj_id="ailleurs").absolute_url()
        assert listing(other, "coordination@exemple.fr").status_code == 401
        page = client(login="coordination@exemple.fr", json=False).get(
            f"{url}/@@registrations"
        )
        assert "personne1@exemple.fr" in page.text
