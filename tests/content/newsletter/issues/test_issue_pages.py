"""The coordinators' pages and REST on an issue: entries, preview, test send, queue."""

from tests.fixtures.newsletter import make_issue

import ast
import lxml.html
import pytest
import transaction


HTML = {"Accept": "text/html"}


def form_token(client, url):
    page = client.get(url, headers=HTML)
    assert page.status_code == 200, page.text
    tree = lxml.html.fromstring(page.text)
    return tree.xpath("//input[@name='_authenticator']/@value")[0]


@pytest.fixture
def composed(clients, news_world, issue):
    response = clients["claire"].post(
        f"{issue.absolute_url()}/@newsletter-compose", json={}
    )
    assert response.status_code == 200, response.text
    return issue


def test_coordinators_add_issues_in_lettre_only(clients, functional):
    portal = functional["portal"]
    body = {"@type": "NewsletterIssue", "title": "Lettre de janvier"}
    response = clients["claire"].post("lettre", json=body)
    assert response.status_code == 201, response.text
    assert response.json()["review_state"] == "draft"
    for section in ("actualites", "agenda"):
        response = clients["claire"].post(section, json=body)
        assert response.status_code in (401, 403), response.text
    assert portal["lettre"].getLayout() == "newsletter-archive"


def test_rest_patch_reorders_removes_and_adds_entries(clients, composed):
    url = composed.absolute_url()
    entries = clients["claire"].get(url).json()["entries"]
    first, second = entries[0], entries[1]
    free = {
        "kind": "link",
        "url": "https://www.culture.gouv.fr/",
        "title": "Le ministère",
    }
    response = clients["claire"].patch(url, json={"entries": [second, free, first]})
    assert response.status_code == 204, response.text
    stored = clients["claire"].get(url).json()["entries"]
    assert [e["title"] for e in stored] == [
        second["title"],
        "Le ministère",
        first["title"],
    ]


@pytest.mark.parametrize(
    "entry",
    [
        {"kind": "poster", "url": "https://example.org/", "title": "x"},
        {"kind": "link", "url": "javascript:alert(1)", "title": "x"},
        {"kind": "link", "url": "https://example.org/", "title": ""},
        {"kind": "link", "title": "ni lien ni UID"},
        {"kind": "link", "url": "https://example.org/", "title": "x", "extra": 1},
    ],
)
def test_rest_patch_refuses_a_bad_entry_in_french(clients, composed, entry):
    url = composed.absolute_url()
    before = clients["claire"].get(url).json()["entries"]
    response = clients["claire"].patch(url, json={"entries": [*before, entry]})
    assert response.status_code == 400, response.text
    # plone.restapi writes its list of field errors as the Python text of a list
    (error,) = ast.literal_eval(response.json()["message"])
    assert error["field"] == "entries"
    assert error["message"].startswith(f"Entrée {len(before) + 1} : ")
    assert clients["claire"].get(url).json()["entries"] == before


def test_classic_ui_entries_form(functional, clients, composed):
    claire = clients["claire"]
    claire.session.headers.pop("Accept", None)
    url = f"{composed.absolute_url()}/@@newsletter-entries"
    page = lxml.html.fromstring(claire.get(url).text)
    titles = page.xpath("//input[@name='entries.title:records']/@value")
    count = len(titles)
    token = page.xpath("//input[@name='_authenticator']/@value")[0]
    form = [("_authenticator", token)]
    for number, row in enumerate(page.xpath("//tr[@class='entry']"), start=1):
        uid = row.xpath(".//input[@name='entries.uid:records']/@value")
        kind = row.xpath(".//option[@selected]/@value")[0]
        # the first entry goes last, the second is removed
        position = count + 1 if number == 1 else number
        form += [
            ("entries.position:records", str(position)),
            ("entries.uid:records", uid[0] if uid else ""),
            ("entries.kind:records", kind),
            ("entries.title:records", titles[number - 1]),
            ("entries.summary:records", ""),
            ("entries.url:records", ""),
        ]
        if number == 2:
            form.append(("entries.remove:records", "1"))
    form += [
        ("entries.position:records", "0"),
        ("entries.uid:records", ""),
        ("entries.kind:records", "link"),
        ("entries.title:records", "Le site du ministère"),
        ("entries.summary:records", "À lire."),
        ("entries.url:records", "https://www.culture.gouv.fr/"),
        ("save", "Enregistrer"),
    ]
    response = claire.post(url, data=form)
    assert response.status_code == 200, response.text
    stored = clients["admin"].get(composed.absolute_url()).json()["entries"]
    assert stored[0]["title"] == "Le site du ministère"
    assert stored[-1]["title"] == titles[0]
    assert titles[1] not in [e["title"] for e in stored]
    assert len(stored) == count
    # a bad link: a French error, nothing saved
    bad = [
        (
            k,
            "javascript:alert(1)"
            if (k, v) == ("entries.url:records", "https://www.culture.gouv.fr/")
            else v,
        )
        for k, v in form
    ]
    response = claire.post(url, data=bad)
    assert "Entrée 1 : le lien doit être une adresse http ou https." in response.text
    assert clients["admin"].get(composed.absolute_url()).json()["entries"] == stored


def test_preview_is_the_html_of_the_mail(clients, composed, news_world):
    response = clients["claire"].get(
        f"{composed.absolute_url()}/@@newsletter-preview", headers=HTML
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    tree = lxml.html.fromstring(response.text)
    assert tree.xpath("//style") == []
    assert news_world["news"].absolute_url() in tree.xpath("//a/@href")
    assert tree.xpath("//html/@lang") == ["fr"]


def test_test_send_to_one_address(clients, smtp, composed):
    url = f"{composed.absolute_url()}/@newsletter-send"
    response = clients["claire"].post(url, json={"test": "relecture@example.org"})
    assert response.status_code == 200, response.text
    (message,) = smtp.wait(1)
    assert message["X-Envelope-To"] == "relecture@example.org"
    assert message["Subject"] == "[Test] La lettre de décembre"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # the issue is still a draft, nothing queued
    assert (
        clients["claire"]
        .get(f"{composed.absolute_url()}/@newsletter-status")
        .json()["status"]
        == "draft"
    )
    response = clients["claire"].post(url, json={"test": "pas une adresse"})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "test"
    assert "adresse" in response.json()["error"]["message"]


def test_queue_twice_and_empty_issue(clients, functional, composed):
    url = f"{composed.absolute_url()}/@newsletter-send"
    assert clients["claire"].post(url, json={}).status_code == 202
    again = clients["claire"].post(url, json={})
    assert again.status_code == 409
    assert "déjà" in again.json()["error"]["message"]
    recompose = clients["claire"].post(
        f"{composed.absolute_url()}/@newsletter-compose", json={}
    )
    assert recompose.status_code == 409
    empty = make_issue(functional["portal"], title="Vide")
    transaction.commit()
    response = clients["claire"].post(
        f"{empty.absolute_url()}/@newsletter-send", json={}
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "entries"
    assert (
        clients["claire"]
        .get(f"{empty.absolute_url()}/@newsletter-status")
        .json()["status"]
        == "draft"
    )


def test_issue_page_shows_progress_to_coordinators(clients, composed):
    api_url = f"{composed.absolute_url()}/@newsletter-send"
    clients["claire"].post(api_url, json={})
    page = clients["claire"].get(composed.absolute_url(), headers=HTML)
    tree = lxml.html.fromstring(page.text)
    assert tree.xpath("//strong[@class='count-left']/text()") == ["0"]
    assert "En file d'attente" in page.text
