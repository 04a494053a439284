"""Coordinators manage the subscribers: list, search, counts, states, CSV out and in."""

from polepatrimoine.content.newsletter import subscribers
from tests.fixtures.http import client
from tests.services.newsletter_subscribe.fixtures import make_subscriber
from tests.services.newsletter_subscribe.helpers import state_of

import csv
import io
import pytest
import re


@pytest.fixture
def listed(functional, clients):
    portal = functional["portal"]
    make_subscriber(
        portal, "active.one@example.org", name="Anne Active", structure="Musée A"
    )
    make_subscriber(portal, "=cmd@example.org", name="=HYPERLINK(1)", structure="+33")
    make_subscriber(portal, "waiting@example.org", subscribers.PENDING)
    make_subscriber(portal, "gone@example.org", subscribers.UNSUBSCRIBED)
    return portal


def rows(data: bytes) -> list[dict]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_rest_list_counts_search_and_filter(clients, listed):
    claire = clients["claire"]
    response = claire.get("lettre/@newsletter-subscribers")
    assert response.status_code == 200, response.text
    data = response.json()
    emails = {item["email"] for item in data["items"]}
    assert {
        "active.one@example.org",
        "waiting@example.org",
        "gone@example.org",
    } <= emails
    counts = data["counts"]
    assert counts["active"] >= 2
    assert counts["pending"] >= 1
    assert counts["unsubscribed"] >= 1
    assert counts["total"] == sum(counts[s] for s in subscribers.STATES)
    found = claire.get("lettre/@newsletter-subscribers", params={"q": "anne"}).json()
    assert [i["email"] for i in found["items"]] == ["active.one@example.org"]
    pending = claire.get(
        "lettre/@newsletter-subscribers", params={"state": "pending"}
    ).json()
    assert {i["state"] for i in pending["items"]} == {"pending"}
    item = found["items"][0]
    assert item["consent"] == {}
    assert "token" not in item


def test_export_guards_formulas_and_round_trips(clients, listed):
    claire = clients["claire"]
    export = claire.get("lettre/@newsletter-subscribers-export")
    assert export.status_code == 200
    assert export.headers["Content-Type"].startswith("text/csv")
    assert "no-store" in export.headers["Cache-Control"]
    same = claire.get("lettre/@newsletter-subscribers", params={"format": "csv"})
    assert same.content == export.content
    exported = rows(export.content)
    bad = next(r for r in exported if r["email"].endswith("cmd@example.org"))
    assert bad["email"] == "'=cmd@example.org"
    assert bad["name"] == "'=HYPERLINK(1)"
    assert bad["structure"] == "'+33"
    before = claire.get("lettre/@newsletter-subscribers").json()["counts"]
    # The export imported back, with a source, changes nothing.
    imported = claire.post(
        "lettre/@newsletter-subscribers",
        files={"file": ("abonnes.csv", export.content, "text/csv")},
        data={"source": "Réimport de l'export"},
    )
    assert imported.status_code == 200, imported.text
    result = imported.json()
    assert result["created"] == 0
    assert result["activated"] == 0
    assert result["unchanged"] == sum(r["state"] == "active" for r in exported)
    assert result["skipped"] == sum(r["state"] != "active" for r in exported)
    assert claire.get("lettre/@newsletter-subscribers").json()["counts"] == before
    assert state_of("gone@example.org") == subscribers.UNSUBSCRIBED
    assert subscribers.store().get("=cmd@example.org").name == "=HYPERLINK(1)"


def test_import_with_a_source_activates(clients, listed, smtp):
    claire = clients["claire"]
    body = "email;nom;structure\r\nnew.one@example.org;Nina;Asso N\r\nwaiting@example.org;;\r\n"
    response = claire.post(
        "lettre/@newsletter-subscribers",
        data=body.encode(),
        params={"source": "Bulletin papier, ConneXionS 2026"},
        headers={"Content-Type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 1
    assert response.json()["activated"] == 2
    assert state_of("new.one@example.org") == subscribers.ACTIVE
    assert state_of("waiting@example.org") == subscribers.ACTIVE
    stored = subscribers.store().get("new.one@example.org")
    assert stored.consent["source"] == "Bulletin papier, ConneXionS 2026"
    assert stored.name == "Nina"
    assert smtp.messages == []


def test_import_without_a_source_asks_for_confirmation(clients, listed, smtp):
    response = clients["claire"].post(
        "lettre/@newsletter-subscribers",
        json={"csv": "email\nsans.source@example.org\n"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["pending"] == 1
    assert state_of("sans.source@example.org") == subscribers.PENDING
    [mail] = smtp.wait(1)
    assert mail["To"] == "sans.source@example.org"
    assert "@@newsletter-confirm/" in mail.get_body(("plain",)).get_content()


def test_an_import_with_one_bad_line_writes_nothing(clients, listed, smtp):
    response = clients["claire"].post(
        "lettre/@newsletter-subscribers",
        json={
            "csv": "email;name\nfine@example.org;Fine\nnot-an-address;X\n",
            "source": "Liste",
        },
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["errors"] == [
        {
            "line": 3,
            "field": "email",
            "message": "Cette adresse électronique n'est pas valide.",
        }
    ]
    assert "rien n'a été importé" in error["message"]
    assert state_of("fine@example.org") is None
    assert smtp.messages == []


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"csv": "nom\nx\n", "source": "s"}, "file"),
        ({"csv": "", "source": "s"}, "file"),
        ({"csv": "email\na@example.org\n", "source": "S" * 201}, "source"),
        ({"csv": "email\na@example.org\n", "source": 3}, "source"),
    ],
)
def test_import_refusals_name_the_field(clients, listed, payload, field):
    response = clients["claire"].post("lettre/@newsletter-subscribers", json=payload)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["field"] == field
    assert state_of("a@example.org") is None


def test_coordinator_changes_a_state_over_rest(clients, listed):
    claire = clients["claire"]
    response = claire.patch(
        "lettre/@newsletter-subscribers",
        json={"email": "active.one@example.org", "state": "unsubscribed"},
    )
    assert response.status_code == 200, response.text
    assert state_of("active.one@example.org") == subscribers.UNSUBSCRIBED
    wrong = claire.patch(
        "lettre/@newsletter-subscribers",
        json={"email": "active.one@example.org", "state": "deleted"},
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"]["field"] == "state"
    assert state_of("active.one@example.org") == subscribers.UNSUBSCRIBED


def test_the_page_searches_changes_states_and_imports(clients, listed, portal_url):
    claire = client(portal_url, "claire@example.org", json=False)
    page = claire.get("lettre/@@newsletter-subscribers", params={"q": "anne"})
    assert page.status_code == 200
    assert "Abonnés à la lettre d'information" in page.text
    assert "active.one@example.org" in page.text
    assert "waiting@example.org" not in page.text
    assert 'data-state="active"' in page.text
    token = re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page.text).group(1)
    changed = claire.post(
        "lettre/@@newsletter-subscribers",
        data={
            "change": "1",
            "email": "waiting@example.org",
            "state_new": "active",
            "_authenticator": token,
        },
    )
    assert changed.status_code == 200
    assert "est maintenant" in changed.text
    assert state_of("waiting@example.org") == subscribers.ACTIVE
    imported = claire.post(
        "lettre/@@newsletter-subscribers",
        data={"import": "1", "source": "Salon 2026", "_authenticator": token},
        files={"file": ("a.csv", b"email\npage.import@example.org\n", "text/csv")},
    )
    assert imported.status_code == 200
    assert "Import terminé" in imported.text
    assert state_of("page.import@example.org") == subscribers.ACTIVE
    export = claire.get(
        "lettre/@@newsletter-subscribers.csv", params={"state": "active"}
    )
    assert export.status_code == 200
    assert {r["state"] for r in rows(export.content)} == {"active"}
    forged = claire.post(
        "lettre/@@newsletter-subscribers",
        data={
            "change": "1",
            "email": "page.import@example.org",
            "state_new": "bouncing",
        },
    )
    assert forged.status_code == 403
    assert state_of("page.import@example.org") == subscribers.ACTIVE
