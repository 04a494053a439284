"""Newsletter issues: only coordinators compose, preview, send and see the progress;
a draft is invisible to visitors through every channel."""

from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.sending import send_queued
from tests.fixtures.newsletter import add_subscriber
from tests.fixtures.newsletter import clear_subscribers
from tests.fixtures.newsletter import make_issue

import pytest
import transaction


HTML = {"Accept": "text/html"}
TITLE = "Lettre confidentielle de mars"
REFUSED = (401, 403)


@pytest.fixture
def draft(functional, clients, news_world):
    portal = functional["portal"]
    issue = make_issue(portal, title=TITLE)
    clear_subscribers(portal)
    add_subscriber("lectrice@example.org", portal=portal)
    transaction.commit()
    response = clients["claire"].post(
        f"{issue.absolute_url()}/@newsletter-compose", json={}
    )
    assert response.status_code == 200
    return issue


def entries_of(clients, issue):
    return clients["admin"].get(issue.absolute_url()).json()["entries"]


def status_of(clients, issue):
    return (
        clients["admin"]
        .get(f"{issue.absolute_url()}/@newsletter-status")
        .json()["status"]
    )


@pytest.mark.parametrize("persona", ["anonymous", "alice"])
def test_rest_actions_are_refused(clients, smtp, draft, persona):
    client = clients[persona]
    url = draft.absolute_url()
    before = entries_of(clients, draft)
    for path, body in (
        ("@newsletter-compose", {}),
        ("@newsletter-send", {}),
        ("@newsletter-send", {"test": "pirate@example.org"}),
    ):
        response = client.post(f"{url}/{path}", json=body)
        assert response.status_code in REFUSED, (path, response.text)
    assert client.get(f"{url}/@newsletter-status").status_code in REFUSED
    response = client.patch(url, json={"entries": []})
    assert response.status_code in REFUSED
    assert entries_of(clients, draft) == before
    assert status_of(clients, draft) == "draft"
    assert smtp.messages == []


@pytest.mark.parametrize("persona", ["anonymous", "alice"])
def test_pages_are_refused(clients, smtp, draft, persona):
    client = clients[persona]
    url = draft.absolute_url()
    for path in (
        "@@newsletter-preview",
        "@@newsletter-entries",
        "",  # the draft itself
    ):
        response = client.get(f"{url}/{path}", headers=HTML, allow_redirects=False)
        assert response.status_code in (*REFUSED, 302), (path, response.status_code)
        assert TITLE not in response.text
    for path, data in (
        ("@@newsletter-compose", {}),
        ("@@newsletter-send", {}),
        ("@@newsletter-send", {"test": "pirate@example.org"}),
        ("@@newsletter-entries", {"entries.title:records": "x"}),
    ):
        response = client.post(
            f"{url}/{path}", data=data, headers=HTML, allow_redirects=False
        )
        assert response.status_code in (*REFUSED, 302), (path, response.status_code)
    assert status_of(clients, draft) == "draft"
    assert smtp.messages == []


@pytest.mark.parametrize("persona", ["anonymous", "alice"])
def test_a_draft_is_invisible(clients, draft, persona):
    client = clients[persona]
    assert client.get(draft.absolute_url()).status_code in (*REFUSED, 404)
    found = client.get("@search", params={"portal_type": "NewsletterIssue"}).json()
    # the demo's sent issue only
    assert draft.absolute_url() not in [item["@id"] for item in found["items"]]
    assert found["items_total"] == 1
    found = client.get("@search", params={"SearchableText": "confidentielle"}).json()
    assert found["items_total"] == 0
    navigation = client.get("lettre", params={"expand.navigation.depth": 3}).json()
    assert TITLE not in str(navigation)
    for path in ("lettre", "lettre/folder_contents", "sitemap", "lettre/RSS"):
        page = client.get(path, headers=HTML)
        assert TITLE not in page.text, path


def test_members_cannot_add_issues(clients):
    body = {"@type": "NewsletterIssue", "title": "Lettre pirate"}
    response = clients["alice"].post("lettre", json=body)
    assert response.status_code in REFUSED
    listing = clients["admin"].get("lettre").json()["items"]
    assert "Lettre pirate" not in [i["title"] for i in listing]


def test_a_sent_issue_is_public_but_not_its_figures(clients, functional, draft):
    clients["claire"].post(f"{draft.absolute_url()}/@newsletter-send", json={})
    transaction.begin()
    # Sent to nobody: the lone subscriber left before the run.
    from polepatrimoine.content.newsletter import subscribers

    subscribers.store().get("lectrice@example.org").state = subscribers.UNSUBSCRIBED
    transaction.commit()
    send_queued(pause=0)
    assert delivery.status_of(draft) == "sent"
    anonymous = clients["anonymous"]
    page = anonymous.get(draft.absolute_url(), headers=HTML)
    assert page.status_code == 200
    assert TITLE in page.text
    assert "newsletter-manage" not in page.text
    assert anonymous.get(f"{draft.absolute_url()}/@newsletter-status").status_code in (
        REFUSED
    )
    archive = anonymous.get("lettre", headers=HTML).text
    assert TITLE in archive
    assert "count-sent" not in archive


def test_a_coordinators_buttons_need_the_forms_token(clients, smtp, draft):
    claire = clients["claire"]
    url = draft.absolute_url()
    for path in ("@@newsletter-compose", "@@newsletter-send"):
        response = claire.post(
            f"{url}/{path}", data={}, headers=HTML, allow_redirects=False
        )
        assert response.status_code == 403, (path, response.status_code)
    assert status_of(clients, draft) == "draft"
    assert smtp.messages == []


@pytest.mark.parametrize("persona", ["anonymous", "alice"])
def test_a_sent_issue_over_rest_names_no_item_no_longer_public(
    clients, smtp, draft, news_world, persona
):
    from plone import api

    news = news_world["news"]
    kept = [e for e in entries_of(clients, draft) if e.get("uid") == news.UID()]
    assert kept  # the composed issue has the news
    link = {"kind": "link", "url": "https://example.org/dossier", "title": "Dossier"}
    clients["claire"].patch(
        draft.absolute_url(), json={"entries": [*entries_of(clients, draft), link]}
    )
    clients["claire"].post(f"{draft.absolute_url()}/@newsletter-send", json={})
    transaction.begin()
    send_queued(pause=0)
    with api.env.adopt_roles(["Manager"]):
        news.title = "Fusion retirée"
        api.content.transition(obj=news, to_state="private")
    transaction.commit()
    data = clients[persona].get(draft.absolute_url()).json()
    assert data["review_state"] == "sent"
    uids = [e.get("uid") for e in data["entries"]]
    assert news.UID() not in uids
    assert "Journées du patrimoine : le bilan" not in str(data)
    assert "Dossier" in [e["title"] for e in data["entries"]]
    # The coordinators still see every entry they wrote.
    assert news.UID() in [e.get("uid") for e in entries_of(clients, draft)]
    coordinator = clients["claire"].get(draft.absolute_url()).json()
    assert news.UID() in [e.get("uid") for e in coordinator["entries"]]
