"""plone.restapi answers the suite's workflow titles in French, as the Classic UI does."""

from tests.fixtures.calls import login_name

import pytest


@pytest.fixture(params=[{}, {"Accept-Language": "fr"}], ids=["site", "accept-fr"])
def headers(request):
    return request.param


def test_workflow_of_a_submitted_application(clients, apps, headers):
    submitted = apps[0]
    answer = clients["admin"].get(
        f"{submitted.absolute_url()}/@workflow", headers=headers
    )
    assert answer.status_code == 200
    data = answer.json()
    assert data["state"] == {"id": "submitted", "title": "Déposée"}
    titles = {t["@id"].rsplit("/", 1)[1]: t["title"] for t in data["transitions"]}
    assert titles["start_review"] == "Commencer l'examen"
    assert titles["request_info"] == "Demander des compléments"
    assert titles["withdraw"] == "Retirer"
    history = {(h["review_state"], h["title"]) for h in data["history"]}
    assert history == {("draft", "Brouillon"), ("submitted", "Déposée")}


def test_workflow_as_the_applicant(apps, headers):
    from tests.fixtures.http import client

    answer = client(login=login_name("other")).get(
        f"{apps[1].absolute_url()}/@workflow", headers=headers
    )
    assert answer.status_code == 200
    assert answer.json()["state"]["title"] == "Brouillon"
    # "Submit" keeps the translation of Plone's own catalog.
    titles = {t["title"] for t in answer.json()["transitions"]}
    assert titles == {"Envoyer", "Retirer"}


def test_workflow_of_an_open_call(clients, world, headers):
    answer = clients["admin"].get(
        f"{world.call.absolute_url()}/@workflow", headers=headers
    )
    assert answer.json()["state"] == {"id": "open", "title": "Ouvert"}
    titles = {t["title"] for t in answer.json()["transitions"]}
    assert "Clore l'appel" in titles
    assert not {"Close the call", "Back to draft"} & titles


def test_workflow_vocabularies(clients, world, headers):
    states = (
        clients["admin"]
        .get(
            "@vocabularies/plone.app.vocabularies.WorkflowStates",
            params={"b_size": 500},
            headers=headers,
        )
        .json()
    )
    titles = {term["token"]: term["title"] for term in states["items"]}
    assert titles["under_review"] == "En cours d'examen [under_review]"
    assert titles["info_requested"] == "Compléments demandés [info_requested]"
    assert titles["waitlisted"] == "En liste d'attente [waitlisted]"
    transitions = (
        clients["admin"]
        .get(
            "@vocabularies/plone.app.vocabularies.WorkflowTransitions",
            params={"b_size": 500},
            headers=headers,
        )
        .json()
    )
    titles = {term["token"]: term["title"] for term in transitions["items"]}
    assert titles["request_info"] == "Demander des compléments [request_info]"
    assert titles["start_review"] == "Commencer l'examen [start_review]"
    # The newsletter's send transition has no menu entry, but a name.
    assert titles["send"] == "Envoyer [send]"
    assert [title for title in titles.values() if title.startswith("[")] == []
    assert "Ask for more information" not in str(transitions)
