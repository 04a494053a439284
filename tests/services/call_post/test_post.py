"""Applying to a call over REST (POST on the call): who may, when, with what."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from tests.services.calls_http import create

import base64
import transaction


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

    def test_siret_with_a_wrong_check_digit_refused(self, world):
        response = create(world, siret="73282932000075")
        assert response.status_code == 400
        (error,) = response.json()["error"]["errors"]
        assert error["field"] == "siret"
        assert "clé de contrôle valide" in error["message"]
        transaction.begin()
        assert list(world.call.objectIds()) == []

    def test_la_poste_siret_and_international_phone_accepted(self, world):
        # Fails Luhn: La Poste's establishments follow their own rule.
        response = create(
            world, siret="35600000000010", contact_phone="+33 2 40 12 34 56"
        )
        assert response.status_code == 201, response.text
        assert response.json()["siret"] == "35600000000010"

    def test_phone_not_french_refused(self, world):
        response = create(world, contact_phone="12345")
        assert response.status_code == 400
        (error,) = response.json()["error"]["errors"]
        assert error["field"] == "contact_phone"
        assert "numéro de téléphone français" in error["message"]

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
