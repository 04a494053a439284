"""``@history/<version>`` answers a bad or unknown version with a French 400 or 404.

plone.restapi passed the path segment to ``int()`` and CMFEditions, and
answered 500 in English (``ValueError``, ``ArchivistRetrieveError``) with a
traceback-shaped body; the suite's ``@history`` is a ``GuardedService``.
"""

from plone import api
from plone.app.textfield.value import RichTextValue

import pytest
import transaction


@pytest.fixture
def page(functional, clients):
    """A published page: its initial version, then two saved ones."""
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        doc = api.content.create(container=portal, type="Document", title="Note")
        repository = api.portal.get_tool("portal_repository")
        for text in ("<p>Première</p>", "<p>Seconde</p>"):
            doc.text = RichTextValue(text, "text/html", "text/x-html-safe")
            repository.save(obj=doc, comment="version")
        api.content.transition(obj=doc, to_state="published")
    transaction.commit()
    return doc.absolute_url()


def versions(clients, url):
    response = clients["admin"].get(f"{url}/@history")
    assert response.status_code == 200
    return [i["version"] for i in response.json() if i["type"] == "versioning"]


@pytest.mark.parametrize(
    "version", ["abc", "-1", "1.0", "%201", "1e3", "%C2%B2", "0x1", "un"]
)
@pytest.mark.parametrize("who", ["admin", "claire"])
def test_a_version_that_is_not_a_number_is_a_400(clients, page, who, version):
    response = clients[who].get(f"{page}/@history/{version}")
    assert response.status_code == 400, response.text[:300]
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["field"] == "version"
    assert "nombre entier" in error["message"]
    assert "Traceback" not in response.text


@pytest.mark.parametrize("version", ["3", "5", "99999999999999999999"])
@pytest.mark.parametrize("who", ["admin", "claire"])
def test_a_version_that_does_not_exist_is_a_404(clients, page, who, version):
    assert max(versions(clients, page)) < int(version)
    response = clients[who].get(f"{page}/@history/{version}")
    assert response.status_code == 404, response.text[:300]
    error = response.json()["error"]
    assert error["type"] == "NotFound"
    assert error["message"] == "Cette version n'existe pas."
    assert "Archivist" not in response.text


def test_an_object_never_versioned_is_a_404(clients, functional):
    response = clients["admin"].get("acteurs/@history/0")
    assert response.status_code == 404, response.text[:300]
    assert response.json()["error"]["message"] == "Cette version n'existe pas."


@pytest.mark.parametrize("version", ["1", "2", "current"])
def test_existing_versions_still_answer(clients, page, version):
    response = clients["claire"].get(f"{page}/@history/{version}")
    assert response.status_code == 200
    expected = {"1": "Première", "2": "Seconde", "current": "Seconde"}[version]
    assert expected in response.json()["text"]["data"]


@pytest.mark.parametrize("version", ["abc", "7"])
def test_the_refusal_wrote_nothing(clients, page, version):
    before = versions(clients, page)
    clients["claire"].get(f"{page}/@history/{version}")
    assert versions(clients, page) == before
    assert clients["anonymous"].get(page).json()["review_state"] == "published"


@pytest.mark.parametrize("version", ["abc", "7", "0"])
def test_visitors_still_get_no_version(clients, page, version):
    response = clients["anonymous"].get(f"{page}/@history/{version}")
    assert response.status_code in (401, 403)
