"""Earlier versions of versioned content are read only by those who read its drafts.

Every authenticated user is Contributor on ``acteurs`` (to propose an actor)
and CMFEditions gives Contributor "Access previous versions": an actor's
workflow must hold that permission itself, in every state, or any member reads
a pending entry (and the unreviewed drafts of a published or retired one)
through its versions. The same is checked for ``Resource``, the other
versioned type of the suite. Workspace documents are in test_version_history.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from tests.fixtures.actors import make_actor

import pytest
import transaction


SECRET = "Brouillon-Carillon-7731"
ACTOR = {
    "@type": "Actor",
    "title": "Atelier Carillon",
    "actor_category": "entreprise",
    "heritage_domains": ["bati"],
    "department": "49",
    "zip_code": "49400",
    "city": "Saumur",
}
REST = ["@history", "@history/0", "@history/1", "@history/current"]
CLASSIC = [
    "versions_history_form",
    "versions_history_form?version_id=0",
    "@@history?one=0&two=1",
    "@@history?one=current&two=0",
    "@@contenthistory",
    "@@contenthistorypopup",
    "version_metadata_view?version_id=0",
]


def history(clients, url):
    """Each stored version's description, read by the site's Manager.

    Actors are not in CMFEditions' versionable types, so ``@history`` lists
    none of them, yet ``@history/<n>`` serves each one saved.
    """
    descriptions = []
    while True:
        response = clients["admin"].get(f"{url}/@history/{len(descriptions)}")
        if response.status_code == 404:
            return descriptions
        assert response.status_code == 200, response.text[:300]
        descriptions.append(response.json()["description"])


@pytest.fixture(params=["pending", "published", "retired"])
def proposed(request, functional, clients, members):
    """An actor alice proposed over REST, whose earlier versions hold SECRET."""
    url = clients["alice"].post("acteurs", json=ACTOR).json()["@id"]
    transaction.begin()
    actor = functional["portal"]["acteurs"][url.rsplit("/", 1)[1]]
    repository = api.portal.get_tool("portal_repository")
    # Saved as alice: the repository checks her own "Save new version".
    with api.env.adopt_user(user=api.user.get(userid=members["alice"])):
        for text in (f"Projet {SECRET}", f"Relu {SECRET}", "Version finale"):
            actor.description = text
            repository.save(obj=actor, comment="brouillon")
    transaction.commit()
    state = request.param
    if state != "pending":
        transition = "publish" if state == "published" else "retire"
        assert clients["claire"].post(f"{url}/@workflow/{transition}").ok
    return url


def test_the_actor_is_versioned(clients, proposed):
    # Without versions the refusals below would prove nothing.
    assert history(clients, proposed) == [
        f"Projet {SECRET}",
        f"Relu {SECRET}",
        "Version finale",
    ]


@pytest.mark.parametrize("path", REST)
@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_rest_versions_are_refused_to_others(clients, proposed, who, path):
    response = clients[who].get(f"{proposed}/{path}")
    assert response.status_code in (401, 403), response.text[:300]
    assert SECRET not in response.text


@pytest.mark.parametrize("page", CLASSIC)
@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_classic_version_pages_show_nothing_to_others(clients, proposed, who, page):
    clients[who].session.headers.pop("Accept", None)
    response = clients[who].get(f"{proposed}/{page}")
    assert SECRET not in response.text
    assert "Relu" not in response.text


@pytest.mark.parametrize("who", ["alice", "claire"])
def test_owner_and_coordinators_read_the_versions(clients, proposed, who):
    response = clients[who].get(f"{proposed}/@history/1")
    assert response.status_code == 200
    assert SECRET in response.json()["description"]


@pytest.mark.parametrize("who", ["bruno", "alice"])
def test_only_coordinators_revert(clients, proposed, who):
    """A revert would bring back labels or membership a coordinator changed."""
    before = history(clients, proposed)
    response = clients[who].patch(f"{proposed}/@history", json={"version": 1})
    assert response.status_code in (401, 403), response.text[:300]
    assert clients["admin"].get(proposed).json()["description"] == "Version finale"
    assert len(history(clients, proposed)) == len(before)


def test_a_coordinator_reverts(clients, proposed):
    response = clients["claire"].patch(f"{proposed}/@history", json={"version": 1})
    assert response.status_code == 200, response.text[:300]
    assert SECRET in clients["admin"].get(proposed).json()["description"]


@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_refused_reads_changed_nothing(clients, proposed, who):
    before = history(clients, proposed)
    state = clients["admin"].get(proposed).json()["review_state"]
    for path in REST:
        clients[who].get(f"{proposed}/{path}")
    assert history(clients, proposed) == before
    assert clients["admin"].get(proposed).json()["review_state"] == state


@pytest.fixture
def resource(functional, clients):
    """A published resource whose private drafts hold SECRET."""
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=portal["ressources"],
            type="Resource",
            title="Fiche Carillon",
            resource_type="guide",
        )
        repository = api.portal.get_tool("portal_repository")
        for text in (f"<p>Projet {SECRET}</p>", "<p>Fiche publiée</p>"):
            item.text = RichTextValue(text, "text/html", "text/x-html-safe")
            repository.save(obj=item, comment="brouillon")
        api.content.transition(obj=item, to_state="published")
    transaction.commit()
    return item.absolute_url()


@pytest.mark.parametrize("path", REST)
@pytest.mark.parametrize("who", ["anonymous", "bruno"])
def test_resource_versions_are_refused_to_others(clients, resource, who, path):
    assert clients["anonymous"].get(resource).status_code == 200
    response = clients[who].get(f"{resource}/{path}")
    assert response.status_code in (401, 403), response.text[:300]
    assert SECRET not in response.text


def test_resource_versions_are_read_by_coordinators(clients, resource):
    response = clients["claire"].get(f"{resource}/@history/0")
    assert response.status_code == 200
    assert SECRET in response.json()["text"]["data"]


def test_actor_made_by_script_keeps_its_versions_closed(clients, functional):
    """An actor created without REST (import, demo) is governed the same way."""
    actor = make_actor(functional["portal"], title="Atelier Carillon scripté")
    with api.env.adopt_roles(["Manager"]):
        actor.description = f"Projet {SECRET}"
        api.portal.get_tool("portal_repository").save(obj=actor, comment="brouillon")
    transaction.commit()
    response = clients["bruno"].get(f"{actor.absolute_url()}/@history/0")
    assert response.status_code in (401, 403)
    assert SECRET not in response.text
