"""Where calls can be added: the accompaniment section only."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.calls.call import today
from tests.fixtures.calls import login_name
from tests.services.calls_http import post

import pytest
import transaction


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
