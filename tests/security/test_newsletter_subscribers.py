"""Subscriber lists and counts: coordinators only, through every channel that could show them."""

from plone import api
from polepatrimoine.content.newsletter import subscribers
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD
from tests.services.newsletter_subscribe.fixtures import make_subscriber
from tests.services.newsletter_subscribe.helpers import state_of

import pytest
import transaction


SECRET = "secret.abonne@example.org"
NAME = "Zéphyrin Abonné"


@pytest.fixture
def site(functional, clients, portal_url):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        # An editor of the site (not a coordinator): Editor, Contributor, Reviewer.
        if api.user.get(username="editeur@example.org") is None:
            api.user.create(
                email="editeur@example.org",
                username="editeur@example.org",
                password=PASSWORD,
            )
            api.user.grant_roles(
                username="editeur@example.org",
                roles=["Editor", "Contributor", "Reviewer"],
            )
    make_subscriber(portal, SECRET, name=NAME, structure="Structure Secrète")
    transaction.commit()
    return {
        "anonymous": lambda json=True: client(portal_url, json=json),
        "member": lambda json=True: client(portal_url, "alice@example.org", json=json),
        "editor": lambda json=True: client(
            portal_url, "editeur@example.org", json=json
        ),
    }


PERSONAS = ("anonymous", "member", "editor")


def leaks(response) -> bool:
    return SECRET in response.text or "Zéphyrin" in response.text


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("where", ["", "lettre/"])
def test_rest_list_export_import_and_patch_are_refused(site, persona, where):
    http = site[persona]()
    for path in (
        f"{where}@newsletter-subscribers",
        f"{where}@newsletter-subscribers?format=csv",
        f"{where}@newsletter-subscribers-export",
        f"{where}@newsletter-subscribers?state=active",
    ):
        response = http.get(path)
        assert response.status_code in (401, 403), (path, response.status_code)
        assert not leaks(response)
        assert '"counts"' not in response.text
    posted = http.post(
        f"{where}@newsletter-subscribers",
        json={"csv": "email\nintrus@example.org\n", "source": "moi"},
    )
    assert posted.status_code in (401, 403)
    patched = http.patch(
        f"{where}@newsletter-subscribers",
        json={"email": SECRET, "state": "unsubscribed"},
    )
    assert patched.status_code in (401, 403)
    assert state_of("intrus@example.org") is None
    assert state_of(SECRET) == subscribers.ACTIVE


@pytest.mark.parametrize("persona", PERSONAS)
def test_pages_are_refused(site, persona):
    http = site[persona](json=False)
    for path in (
        "lettre/@@newsletter-subscribers",
        "lettre/@@newsletter-subscribers.csv",
        "@@newsletter-subscribers",
        "lettre/@@newsletter-subscribers?q=secret",
    ):
        response = http.get(path, allow_redirects=False)
        assert response.status_code in (302, 401, 403), (path, response.status_code)
        assert not leaks(response)
        assert "Abonnés à la lettre" not in response.text


@pytest.mark.parametrize("persona", PERSONAS)
def test_search_navigation_and_the_section_show_no_subscriber(site, persona):
    json_client = site[persona]()
    html_client = site[persona](json=False)
    for path in (
        f"@search?SearchableText={SECRET}",
        "@search?SearchableText=Zéphyrin",
        "@search?path.query=/plone/lettre&fullobjects=1",
        "lettre",
        "lettre?expand=items",
        "@navigation?expand.navigation.depth=3",
        "@personal-data-policy",
    ):
        response = json_client.get(path)
        assert not leaks(response), path
        assert '"counts"' not in response.text
    for path in (
        "lettre",
        "lettre/folder_contents",
        "lettre/@@search?SearchableText=secret",
        "@@personal-data-policy",
        "sitemap",
        "lettre/RSS",
    ):
        response = html_client.get(path)
        assert not leaks(response), path
        # Not even the link to the coordinators' page (user menu).
        assert "@@newsletter-subscribers" not in response.text, path


def test_coordinators_see_them(site, clients):
    claire = clients["claire"]
    response = claire.get("lettre/@newsletter-subscribers")
    assert response.status_code == 200
    assert SECRET in response.text
    page = client(claire.portal_url, "claire@example.org", json=False).get(
        "lettre/@@newsletter-subscribers"
    )
    assert SECRET in page.text
    # The user menu leads there.
    assert "/@@newsletter-subscribers" in page.text


def test_the_subscribe_answer_tells_no_count(site, smtp):
    response = site["anonymous"]().post(
        "@newsletter-subscribe", json={"email": SECRET, "consent": True}
    )
    assert response.status_code == 202
    assert set(response.json()) == {"state", "message"}
    assert response.json()["state"] == "pending"


def test_no_cache_keeps_the_newsletter_pages_and_services(site, clients, portal_url):
    from tests.security.test_caching import assert_private

    subscriber = subscribers.store().get(SECRET)
    anonymous = client(portal_url, json=False)
    claire_html = client(portal_url, "claire@example.org", json=False)
    for response in (
        anonymous.get(f"@@newsletter-unsubscribe/{subscriber.token}"),
        anonymous.get("@@newsletter-confirm/whatever"),
        anonymous.get("@@newsletter-subscribe"),
        site["anonymous"]().get(f"@newsletter-unsubscribe/{subscriber.token}"),
        clients["claire"].get("lettre/@newsletter-subscribers"),
        clients["claire"].get("lettre/@newsletter-subscribers-export"),
        claire_html.get("lettre/@@newsletter-subscribers"),
        claire_html.get("lettre/@@newsletter-subscribers.csv"),
    ):
        assert response.status_code < 500, response.url
        assert_private(response)


@pytest.mark.parametrize("kind", ["confirm", "already", "welcome"])
def test_mail_templates_are_not_pages(site, kind):
    response = site["anonymous"](json=False).get(f"@@mail-newsletter-{kind}")
    assert response.status_code == 404
