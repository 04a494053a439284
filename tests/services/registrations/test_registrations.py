"""POST/GET/DELETE /<event>/@registrations and @registrations-export, over real HTTP."""

from concurrent.futures import ThreadPoolExecutor
from plone import api
from polepatrimoine.content.meetings.registrations import get_registrations
from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.content.meetings.helpers import make_user
from tests.fixtures.http import client

import csv
import io
import pytest
import re
import transaction


def person(n, **extra):
    return {
        "fullname": f"Personne {n}",
        "email": f"personne{n}@exemple.fr",
        "structure": "Musée de la Vendée",
        **extra,
    }


def register(url, data, login=None):
    return client(login=login).post(f"{url}/@registrations", json=data, timeout=60)


def listing(url, login=None):
    """The registrations as login, or as the site owner."""
    return client(login=login, admin=not login).get(f"{url}/@registrations")


def cancel_link(message) -> str:
    return re.search(
        r"(http\S+@@cancel-registration\?token=(\S+))", message.get_content()
    )


@pytest.fixture
def portal(functional):
    return functional["portal"]


@pytest.fixture
def event_url(portal):
    return make_event(portal["agenda"], capacity=2).absolute_url()


class TestRegister:
    def test_anonymous_visitor_is_confirmed_and_receives_a_french_mail(
        self, event_url, smtp
    ):
        response = register(event_url, person(1))
        assert response.status_code == 201
        data = response.json()
        assert data["state"] == "confirmed"
        assert re.fullmatch(r"[0-9a-f]{32}", data["id"])
        (message,) = smtp.wait(1)
        assert "personne1@exemple.fr" in message["X-Envelope-To"]
        assert message["Subject"] == (
            "Inscription confirmée : Rencontre des acteurs du patrimoine"
        )
        body = message.get_content()
        assert "Bonjour Personne 1," in body
        assert "Votre inscription est confirmée." in body
        match = cancel_link(message)
        assert match.group(1).startswith(event_url)
        assert len(match.group(2)) >= 40
        assert data["id"] not in body

    def test_waiting_list_when_full(self, event_url, smtp):
        states = [register(event_url, person(n)).json()["state"] for n in range(4)]
        assert states == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
        smtp.wait(4)
        (waiting,) = smtp.to("personne2@exemple.fr")
        assert waiting["Subject"].startswith("Inscription en liste d'attente")
        data = listing(event_url).json()
        assert (data["confirmed"], data["waitlisted"], data["places_left"]) == (2, 2, 0)

    def test_authenticated_member_registers_with_profile(self, portal, event_url, smtp):
        make_user("membre@exemple.fr")
        response = register(event_url, {}, login="membre@exemple.fr")
        assert response.status_code == 201
        (item,) = listing(event_url).json()["items"]
        assert (item["fullname"], item["email"]) == (
            "Camille Martin",
            "membre@exemple.fr",
        )

    @pytest.mark.parametrize(
        ("data", "field"),
        [
            ({"fullname": "", "email": "a@exemple.fr"}, "fullname"),
            ({"fullname": "Jean", "email": ""}, "email"),
            ({"fullname": "Jean", "email": "pas-une-adresse"}, "email"),
            ({"fullname": "J" * 201, "email": "a@exemple.fr"}, "fullname"),
            (
                {
                    "fullname": "Robot",
                    "email": "r@exemple.fr",
                    "website": "http://spam",
                },
                "website",
            ),
        ],
    )
    def test_bad_input_is_refused_with_nothing_written(
        self, event_url, smtp, data, field
    ):
        response = register(event_url, data)
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["field"] == field
        assert error["message"]
        assert listing(event_url).json()["items_total"] == 0
        assert smtp.messages == []

    def test_same_email_twice(self, event_url, smtp):
        assert register(event_url, person(1)).status_code == 201
        response = register(event_url, person(1, email="PERSONNE1@exemple.fr "))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Cette adresse électronique est déjà inscrite à cet événement."
        )
        assert listing(event_url).json()["items_total"] == 1

    def test_closed_deadline(self, portal, smtp):
        url = make_event(
            portal["agenda"], obj_id="close", registration_deadline=in_days(-1)
        ).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Les inscriptions à cet événement sont closes."
        )
        assert listing(url).json()["items_total"] == 0

    def test_event_already_started(self, portal):
        url = make_event(
            portal["agenda"], obj_id="passe", start=in_days(-2), end=in_days(-2, 17)
        ).absolute_url()
        assert register(url, person(1)).status_code == 400

    def test_no_registration_on_this_event(self, portal):
        url = make_event(portal["agenda"], obj_id="libre", capacity=0).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Il n'y a pas d'inscription pour cet événement."
        )
        transaction.begin()
        assert get_registrations(portal["agenda"]["libre"]) is None

    def test_private_event_is_closed_to_anonymous(self, portal):
        url = make_event(portal["agenda"], obj_id="prive", publish=False).absolute_url()
        response = register(url, person(1))
        assert response.status_code == 401
        assert listing(url).json()["items_total"] == 0


class TestCancel:
    def test_cancel_promotes_the_first_waitlisted(self, event_url, smtp):
        for n in range(4):
            register(event_url, person(n))
        first = cancel_link(smtp.to("personne0@exemple.fr")[0])
        smtp.clear()
        response = client().delete(f"{event_url}/@registrations/{first.group(2)}")
        assert response.status_code == 204
        messages = smtp.wait(2)
        (promoted,) = smtp.to("personne2@exemple.fr")
        assert promoted["Subject"].startswith("Une place se libère")
        assert "votre inscription est maintenant confirmée" in promoted.get_content()
        assert smtp.to("personne3@exemple.fr") == []
        assert len(messages) == 2
        data = listing(event_url).json()
        states = {item["email"]: item["state"] for item in data["items"]}
        assert states == {
            "personne1@exemple.fr": "confirmed",
            "personne2@exemple.fr": "confirmed",
            "personne3@exemple.fr": "waitlisted",
        }
        again = client().delete(f"{event_url}/@registrations/{first.group(2)}")
        assert again.status_code == 404

    def test_wrong_token_and_id_are_refused_to_visitors(self, event_url, smtp):
        item_id = register(event_url, person(1)).json()["id"]
        for key in ("not-a-token", item_id):
            response = client().delete(f"{event_url}/@registrations/{key}")
            assert response.status_code == 404
        assert listing(event_url).json()["items_total"] == 1

    def test_organiser_cancels_by_id(self, event_url, smtp):
        item_id = register(event_url, person(1)).json()["id"]
        response = client(admin=True).delete(f"{event_url}/@registrations/{item_id}")
        assert response.status_code == 204
        assert listing(event_url).json()["items_total"] == 0

    def test_cancel_link_page(self, event_url, smtp):
        register(event_url, person(1))
        register(event_url, person(2))
        register(event_url, person(3))
        link = cancel_link(smtp.wait(3) and smtp.to("personne1@exemple.fr")[0]).group(1)
        session = client(json=False)
        page = session.get(link)
        assert page.status_code == 200
        assert "Personne 1" in page.text
        assert listing(event_url).json()["items_total"] == 3
        token = re.search(
            r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page.text
        )
        smtp.clear()
        done = session.post(
            f"{event_url}/@@cancel-registration",
            data={"token": link.split("token=")[1], "_authenticator": token.group(1)},
        )
        assert "Votre inscription est annulée." in done.text
        smtp.wait(2)
        assert smtp.to("personne3@exemple.fr")[0]["Subject"].startswith("Une place")


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

    def test_csv_export(self, event_url, smtp):
        register(event_url, person(1, fullname="=HYPERLINK(1)"))
        register(event_url, person(2))
        register(event_url, person(3))
        for response in (
            client(admin=True).get(f"{event_url}/@registrations-export"),
            client(admin=True, json=False).get(f"{event_url}/@@registrations.csv"),
        ):
            assert response.status_code == 200
            assert response.headers["Content-Type"].startswith("text/csv")
            rows = list(
                csv.reader(
                    io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"
                )
            )
            assert rows[0] == [
                "Nom",
                "Courriel",
                "Structure",
                "Statut",
                "Inscription",
                "Promotion",
            ]
            assert [row[1] for row in rows[1:]] == [
                "personne1@exemple.fr",
                "personne2@exemple.fr",
                "personne3@exemple.fr",
            ]
            assert rows[1][0] == "'=HYPERLINK(1)"
            assert [row[3] for row in rows[1:]] == [
                "confirmée",
                "confirmée",
                "liste d'attente",
            ]


def test_more_places_promote_the_waiting_list(portal, event_url, smtp):
    for n in range(3):
        register(event_url, person(n))
    smtp.wait(3)
    smtp.clear()
    response = client(admin=True).patch(event_url, json={"capacity": 3})
    assert response.status_code == 204
    (message,) = smtp.wait(1)
    assert "personne2@exemple.fr" in message["X-Envelope-To"]
    assert listing(event_url).json()["waitlisted"] == 0


def test_fifty_concurrent_registrations_for_twenty_places(portal, smtp):
    url = make_event(portal["agenda"], obj_id="connexions", capacity=20).absolute_url()

    def send(n):
        return register(url, person(n))

    with ThreadPoolExecutor(max_workers=50) as pool:
        responses = list(pool.map(send, range(50)))
    assert [r.status_code for r in responses] == [201] * 50
    states = [r.json()["state"] for r in responses]
    assert states.count("confirmed") == 20
    assert states.count("waitlisted") == 30
    data = listing(url).json()
    assert (data["items_total"], data["confirmed"], data["waitlisted"]) == (50, 20, 30)
    assert {item["email"] for item in data["items"]} == {
        f"personne{n}@exemple.fr" for n in range(50)
    }
    by_email = {item["email"]: item["state"] for item in data["items"]}
    assert all(
        by_email[f"personne{n}@exemple.fr"] == r.json()["state"]
        for n, r in enumerate(responses)
    )
    smtp.wait(50)


def test_public_registration_status(portal, event_url, smtp):
    for n in range(3):
        register(event_url, person(n))
    response = client().get(f"{event_url}/@registration-status")
    assert response.status_code == 200
    data = response.json()
    assert (data["enabled"], data["open"], data["capacity"], data["places_left"]) == (
        True,
        True,
        2,
        0,
    )
    assert data["closes"].startswith(in_days(30).date().isoformat())
    assert "personne" not in response.text
    closed = make_event(portal["agenda"], obj_id="sans", capacity=0).absolute_url()
    data = client().get(f"{closed}/@registration-status").json()
    assert (data["enabled"], data["open"], data["closes"]) == (False, False, None)
