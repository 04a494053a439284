"""Refusals and unknown addresses answer in French: plone.restapi's 401/403/404
bodies and the Classic UI's « Accès refusé » page, each with its status."""

from plone import api
from polepatrimoine.content.i18n.errors import french_message
from tests.fixtures.http import client
from tests.workflows.workinggroups.discussions.space import build_space
from tests.workflows.workinggroups.scenario import http
from zExceptions import Forbidden
from zope.globalrequest import getRequest

import pytest
import transaction


LOG_IN = "Connectez-vous pour accéder à cette ressource."
NOT_ALLOWED = "Vous n'avez pas l'autorisation d'accéder à cette ressource."


@pytest.fixture(params=[{}, {"Accept-Language": "fr"}], ids=["site", "accept-fr"])
def headers(request):
    return request.param


@pytest.fixture
def private(functional, members):
    """A private document, readable by the site coordinators only."""
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=functional["portal"], type="Document", id="prive", title="Privé"
        )
    transaction.commit()
    return page


def test_anonymous_gets_401_asking_to_log_in(clients, private, headers):
    for path in ("", "/@workflow", "/@history"):
        answer = clients["anonymous"].get(
            private.absolute_url() + path, headers=headers
        )
        assert answer.status_code == 401, path
        assert answer.json()["type"] == "Unauthorized"
        assert answer.json()["message"] == LOG_IN
    answer = clients["anonymous"].get("@users", headers=headers)
    assert (answer.status_code, answer.json()["message"]) == (401, LOG_IN)


def test_a_member_gets_401_not_allowed(clients, private, headers):
    """plone.restapi answers 401 to a member too; the text says it is not a login matter."""
    answer = clients["alice"].get(private.absolute_url(), headers=headers)
    assert answer.status_code == 401
    assert answer.json()["message"] == NOT_ALLOWED
    answer = clients["alice"].get("@users", headers=headers)
    assert (answer.status_code, answer.json()["message"]) == (401, NOT_ALLOWED)
    # The coordinator reads it: the refusals above are not a broken page.
    assert clients["claire"].get(private.absolute_url()).status_code == 200


def test_the_suite_keeps_its_own_refusals(clients, functional, headers):
    answer = clients["anonymous"].get("@my-applications", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["message"] == "Connectez-vous pour voir vos candidatures."


def test_comment_of_a_public_item_refused_to_an_outsider(functional):
    """The published item is public, its comments are the group's."""
    space = build_space(functional["portal"])
    transaction.commit()
    url = space.published.absolute_url()
    answer = http(space, "outsider").get(
        f"{url}/@comments/{space.comments['published']}"
    )
    assert answer.status_code == 401
    assert answer.json()["message"] == (
        "Vous ne pouvez pas lire les commentaires de cet élément."
    )


def test_unknown_address_404(clients, functional, headers):
    answer = clients["anonymous"].get("pas-de-page-ici", headers=headers)
    assert answer.status_code == 404
    assert answer.json()["type"] == "NotFound"
    assert answer.json()["message"].startswith("Ressource introuvable : http")
    assert answer.json()["message"].endswith("/pas-de-page-ici")


def test_a_bare_forbidden_gets_a_french_sentence(functional):
    request = getRequest() or functional["request"]
    assert french_message(Forbidden(), request) == (
        "Vous n'avez pas l'autorisation d'effectuer cette action."
    )
    kept = "Cet appel n'accepte pas de candidature."
    assert french_message(Forbidden(kept), request) == kept


def test_classic_ui_refusal_page(private, functional):
    browser = client(login="alice@example.org", json=False)
    answer = browser.get(private.absolute_url(), headers={"Accept": "text/html"})
    assert answer.status_code == 200
    assert "/insufficient-privileges" in answer.url
    assert "Accès refusé" in answer.text
    assert "Votre compte n'a pas les droits nécessaires" in answer.text
    assert "contactez l'équipe du réseau" in answer.text
    for english in ("Insufficient Privileges", "le Administration du site"):
        assert english not in answer.text


def test_classic_ui_anonymous_gets_the_french_login_form(private):
    answer = client(json=False).get(
        private.absolute_url(), headers={"Accept": "text/html"}
    )
    assert answer.status_code == 200
    assert "/login" in answer.url
    assert "Mot de passe" in answer.text


def test_classic_ui_404_stays_a_plone_page(functional):
    """The suite's error view hands the Classic UI to Plone's own page."""
    answer = client(json=False).get(
        f"{functional['portal'].absolute_url()}/pas-de-page-ici",
        headers={"Accept": "text/html"},
    )
    assert answer.status_code == 404
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "Cette page semble ne pas exister" in answer.text
