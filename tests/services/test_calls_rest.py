"""The calls for applications over real HTTP: REST endpoints, mails, concurrency."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from tests.fixtures.calls import PASSWORD
from tests.fixtures.calls import login_name
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.fixtures.calls import valid_data

import base64
import pytest
import requests
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
# The call's jury and the coordinators read the applications; nobody else.
JURY_ONLY = [
    ("juror", 200),
    ("coordinator", 200),
    ("juror2", 401),
    ("applicant", 401),
    ("anonymous", 401),
]


def auth(user):
    return (login_name(user), PASSWORD) if user != "anonymous" else None


@pytest.fixture
def world(functional, call_world):
    transaction.commit()
    return call_world


def post(url, user, body):
    return requests.post(url, json=body, headers=JSON, auth=auth(user), timeout=60)


def get(url, user, **params):
    return requests.get(url, headers=JSON, auth=auth(user), params=params, timeout=60)


def create(world, user="applicant", **fields):
    body = {"@type": "Application", **valid_data(**fields)}
    return post(world.call.absolute_url(), user, body)


class TestCreate:
    def test_authenticated_user_applies(self, world):
        response = create(world)
        assert response.status_code == 201, response.text
        data = response.json()
        assert data["structure_name"] == "Atelier du patrimoine"
        assert data["review_state"] == "draft"
        assert data["@id"].rsplit("/", 1)[-1].startswith("candidature-")
        # The jury's fields are not in the applicant's view of the application.
        assert "review_notes" not in data
        assert "score_relevance" not in data

    def test_anonymous_cannot_apply(self, world):
        response = create(world, user="anonymous")
        assert response.status_code == 401

    def test_closed_call_refuses(self, world):
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=world.call, transition="close")
        transaction.commit()
        response = create(world)
        assert response.status_code == 403
        assert response.json()["error"]["message"] == (
            "Cet appel n'accepte pas de candidature."
        )

    def test_call_past_its_closing_date_refuses_even_if_open(self, world):
        world.call.open_date = today() - timedelta(days=30)
        world.call.close_date = today() - timedelta(days=1)
        transaction.commit()
        assert api.content.get_state(world.call) == "open"
        assert create(world).status_code == 403

    def test_call_not_yet_open_refuses(self, world):
        world.call.open_date = today() + timedelta(days=1)
        world.call.close_date = today() + timedelta(days=30)
        transaction.commit()
        assert create(world).status_code == 403

    def test_invalid_fields_named_and_nothing_created(self, world):
        response = create(
            world, siret="123", contact_email="pas-une-adresse", department="75"
        )
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["type"] == "BadRequest"
        fields = {e["field"] for e in error["errors"]}
        assert fields == {"siret", "contact_email", "department"}
        assert "siret" in error["message"]
        transaction.begin()
        assert list(world.call.objectIds()) == []

    def test_actor_must_be_an_actor(self, world):
        page = world.portal["accompagnement"]["trajet"]
        response = create(world, actor=page.UID())
        assert response.status_code == 400
        assert response.json()["error"]["errors"][0]["field"] == "actor"

    def test_linked_to_an_actor_of_the_directory(self, world):
        from plone import api

        (brain,) = api.content.find(
            portal_type="Actor", Title="Musée Espace Air Passion", unrestricted=True
        )
        response = create(world, actor=brain.UID)
        assert response.status_code == 201, response.text
        assert response.json()["actor"]["title"] == "Musée Espace Air Passion"

    def test_svg_attachment_refused_by_content(self, world):
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        response = create(
            world,
            document_presentation={
                "data": base64.b64encode(svg).decode(),
                "encoding": "base64",
                "filename": "presentation.pdf",
                "content-type": "application/pdf",
            },
        )
        assert response.status_code == 400
        assert response.json()["error"]["errors"][0]["field"] == "document_presentation"

    def test_culturdiag_requires_an_employer(self, world):
        world.call.programme = "culturdiag"
        transaction.commit()
        response = create(world, employer=False)
        assert response.status_code == 400
        assert response.json()["error"]["errors"][0]["field"] == "employer"


class TestSubmit:
    def test_missing_fields_listed(self, world):
        response = create(world, siret=None, consent=None)
        url = response.json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {})
        assert answer.status_code == 400
        error = answer.json()["error"]
        assert error["type"] == "BadRequest"
        assert error["missing"] == ["siret", "consent"]

    def test_required_documents_listed(self, world):
        world.call.required_documents = ["budget"]
        transaction.commit()
        url = create(world).json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {})
        assert answer.status_code == 400
        assert answer.json()["error"]["missing"] == ["document_budget"]

    def test_submit_sends_acknowledgement_and_jury_notice(self, world, smtp):
        url = create(world).json()["@id"]
        answer = post(f"{url}/@workflow/submit", "applicant", {"comment": "Voici"})
        assert answer.status_code == 200, answer.text
        assert answer.json()["review_state"] == "submitted"
        smtp.wait(3)
        (ack,) = smtp.to("contact@atelier.example")
        assert "a bien été reçue" in ack["Subject"]
        assert "Atelier du patrimoine" in ack.get_content()
        assert smtp.to("applicant@exemple.fr")
        (notice,) = smtp.to("juror@exemple.fr")
        assert "Nouvelle candidature" in notice["Subject"]
        assert "@@applications" in notice.get_content()
        assert not smtp.to("juror2@exemple.fr")

    def test_decision_and_info_request_mailed(self, world, smtp):
        obj = move_to(
            make_application(world.call, "applicant", "candidature-1"), "under_review"
        )
        transaction.commit()
        smtp.wait(3)  # the submission's acknowledgements and the jury's notice
        smtp.clear()
        answer = post(
            f"{obj.absolute_url()}/@workflow/request_info",
            "juror",
            {"comment": "Joignez le budget détaillé."},
        )
        assert answer.status_code == 200, answer.text
        smtp.wait(2)
        message = smtp.to("contact@atelier.example")[0]
        assert "Joignez le budget détaillé." in message.get_content()
        smtp.clear()
        post(f"{obj.absolute_url()}/@workflow/submit", "applicant", {})
        smtp.wait(3)
        smtp.clear()
        post(f"{obj.absolute_url()}/@workflow/start_review", "juror", {})
        answer = post(f"{obj.absolute_url()}/@workflow/accept", "juror", {})
        assert answer.status_code == 200, answer.text
        smtp.wait(2)
        decision = smtp.to("contact@atelier.example")[0]
        assert "Acceptée" in decision["Subject"]


class TestReviewEndpoints:
    @pytest.fixture
    def apps(self, world):
        first = move_to(
            make_application(world.call, "applicant", "candidature-1"), "submitted"
        )
        second = make_application(
            world.call, "other", "candidature-2", structure_name="Autre structure"
        )
        first.score_relevance = 4
        transaction.commit()
        return first, second

    @pytest.mark.parametrize(("user", "status"), JURY_ONLY)
    def test_applications(self, world, apps, user, status):
        response = get(f"{world.call.absolute_url()}/@applications", user)
        assert response.status_code == status
        if status == 200:
            data = response.json()
            assert data["counts"]["submitted"] == 1
            assert data["counts"]["draft"] == 1
            rows = {row["structure_name"]: row for row in data["items"]}
            assert rows["Atelier du patrimoine"]["scores"]["relevance"] == 4
            assert rows["Atelier du patrimoine"]["department"] == "44"
            assert rows["Atelier du patrimoine"]["submitted_on"]

    @pytest.mark.parametrize(("user", "status"), JURY_ONLY)
    def test_export(self, world, apps, user, status):
        response = requests.get(
            f"{world.call.absolute_url()}/@applications-export",
            headers={"Accept": "application/json"},
            auth=auth(user),
            timeout=60,
        )
        assert response.status_code == status
        if status == 200:
            assert response.headers["Content-Type"].startswith("text/csv")
            text = response.content.decode("utf-8-sig")
            assert "Atelier du patrimoine" in text
            assert "73282932000074" in text
            assert "Note totale" in text.splitlines()[0]

    @pytest.mark.parametrize("user", ["other", "juror2", "anonymous"])
    def test_others_cannot_read_an_application(self, world, apps, user):
        first, _second = apps
        assert get(first.absolute_url(), user).status_code in (401, 403)
        found = get(
            f"{world.portal.absolute_url()}/@search", user, SearchableText="Atelier"
        )
        assert first.absolute_url() not in [i["@id"] for i in found.json()["items"]]
        listing = get(world.call.absolute_url(), user).json()["items"]
        assert first.absolute_url() not in [i["@id"] for i in listing]

    def test_my_applications(self, world, apps):
        data = get(
            f"{world.portal.absolute_url()}/@my-applications", "applicant"
        ).json()
        assert [(i["structure_name"], i["review_state"]) for i in data["items"]] == [
            ("Atelier du patrimoine", "submitted")
        ]
        assert data["items"][0]["call"]["title"] == "Appel appel-test"
        other = get(f"{world.portal.absolute_url()}/@my-applications", "other").json()
        assert [i["structure_name"] for i in other["items"]] == ["Autre structure"]
        anonymous = get(f"{world.portal.absolute_url()}/@my-applications", "anonymous")
        assert anonymous.status_code == 401

    def test_review_scores(self, world, apps):
        first, _second = apps
        url = f"{first.absolute_url()}/@review"
        response = requests.patch(
            url,
            json={"score_fit": 5, "review_notes": "Solide."},
            headers=JSON,
            auth=auth("juror"),
            timeout=60,
        )
        assert response.status_code == 200, response.text
        assert response.json()["total"] == 9
        bad = requests.patch(
            url, json={"score_fit": 9}, headers=JSON, auth=auth("juror"), timeout=60
        )
        assert bad.status_code == 400
        assert "score_fit" in bad.json()["error"]["message"]
        assert get(url, "applicant").status_code == 401
        assert "review_notes" not in get(first.absolute_url(), "applicant").json()
        assert get(first.absolute_url(), "juror").json()["review_notes"] == "Solide."


def test_accept_beyond_places(world):
    world.call.places = 1
    apps = [
        move_to(
            make_application(world.call, "applicant", f"candidature-{n}"),
            "under_review",
        )
        for n in (1, 2)
    ]
    transaction.commit()
    first, second = (f"{a.absolute_url()}/@workflow/accept" for a in apps)
    assert post(first, "juror", {}).status_code == 200
    refused = post(second, "juror", {})
    assert refused.status_code == 409
    assert refused.json()["error"]["type"] == "Conflict"
    forced = post(second, "juror", {"force": True})
    assert forced.status_code == 200
    assert forced.json()["review_state"] == "accepted"


def test_jury_endpoint(world):
    url = f"{world.call.absolute_url()}/@jury"
    data = get(url, "coordinator").json()
    assert [i["id"] for i in data["items"]] == ["juror"]
    assert {i["id"] for i in data["candidates"]} == {"juror", "juror2"}
    assert post(url, "coordinator", {"members": ["juror", "juror2"]}).status_code == 200
    assert post(url, "coordinator", {"members": ["applicant"]}).status_code == 400
    assert post(url, "juror", {"members": ["juror"]}).status_code == 401
    assert (
        get(f"{world.call.absolute_url()}/@applications", "juror2").status_code == 200
    )


def test_thirty_concurrent_submissions(world):
    url = world.call.absolute_url()

    def apply(number):
        body = {
            "@type": "Application",
            **valid_data(structure_name=f"Structure {number}"),
        }
        created = post(url, "applicant", body)
        if created.status_code != 201:
            return created.status_code, created.text[:300]
        return post(
            f"{created.json()['@id']}/@workflow/submit", "applicant", {}
        ).status_code

    with ThreadPoolExecutor(max_workers=30) as pool:
        statuses = list(pool.map(apply, range(30)))
    assert statuses == [200] * 30, [
        s[1][100:700] for s in statuses if isinstance(s, tuple)
    ][:2]
    data = get(f"{url}/@applications", "coordinator").json()
    assert data["counts"]["submitted"] == 30
    assert len({i["structure_name"] for i in data["items"]}) == 30


@pytest.mark.parametrize(
    ("user", "status"),
    [("applicant", 400), ("other", 401), ("juror2", 401), ("anonymous", 401)],
)
def test_only_the_jury_decides(world, user, status):
    obj = move_to(make_application(world.call, "applicant", "c1"), "under_review")
    transaction.commit()
    response = post(f"{obj.absolute_url()}/@workflow/accept", user, {"force": True})
    assert response.status_code == status
    transaction.begin()
    assert api.content.get_state(world.call["c1"]) == "under_review"


class TestWhereCallsGo:
    """Coordinators add calls in the "accompagnement" section, not anywhere."""

    def call_body(self, call_id):
        return {
            "@type": "Call",
            "id": call_id,
            "title": "Appel Culturdiag 2027",
            "programme": "culturdiag",
            "open_date": (today() + timedelta(days=10)).isoformat(),
            "close_date": (today() + timedelta(days=40)).isoformat(),
            "places": 8,
        }

    def test_in_the_accompaniment_section(self, world, functional):
        portal = functional["portal"]
        url = portal["accompagnement"].absolute_url()
        response = post(url, "coordinator", self.call_body("culturdiag-2027"))
        assert response.status_code == 201, response.text
        assert response.json()["review_state"] == "draft"

    @pytest.mark.parametrize("section", ["agenda", "ressources", "actualites"])
    def test_not_in_another_section(self, world, functional, section):
        portal = functional["portal"]
        response = post(
            portal[section].absolute_url(), "coordinator", self.call_body("ailleurs")
        )
        assert response.status_code == 403, response.text
        transaction.abort()
        portal._p_jar.sync()
        assert "ailleurs" not in portal[section]

    def test_add_menu(self, world, functional):
        portal = functional["portal"]
        with api.env.adopt_user(username=login_name("coordinator")):
            addable = {
                section: [t.getId() for t in portal[section].allowedContentTypes()]
                for section in ("accompagnement", "agenda")
            }
        assert "Call" in addable["accompagnement"]
        assert "Call" not in addable["agenda"]
        assert "Document" in addable["agenda"]
